using Steward.Web.Analytics;

namespace Steward.Web.Pages;

public sealed class IndexModel(ReportCache reports) : PortalPage(reports)
{
    /// <summary>The value awarded, or null when no counted award has a value.</summary>
    public double? AwardValue { get; private set; }

    public int Awards { get; private set; }

    public int Frameworks { get; private set; }

    public double? Ceilings { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        var buyers = Snapshot.Buyers.Buyers;
        AwardValue = buyers.Any(b => b.AwardValue is not null) ? buyers.Sum(b => b.AwardValue ?? 0) : null;
        Awards = buyers.Sum(b => b.Awards);
        Frameworks = buyers.Sum(b => b.Frameworks.Processes);
        Ceilings = buyers.Any(b => b.Frameworks.Ceiling is not null) ? buyers.Sum(b => b.Frameworks.Ceiling ?? 0) : null;
    }
}
