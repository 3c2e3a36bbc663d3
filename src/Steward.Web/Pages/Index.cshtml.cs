using Steward.Web.Analytics;

namespace Steward.Web.Pages;

public sealed class IndexModel(ReportCache reports) : PortalPage(reports)
{
    public double AwardValue { get; private set; }

    public int Awards { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        AwardValue = Snapshot.Buyers.Buyers.Sum(b => b.AwardValue);
        Awards = Snapshot.Buyers.Buyers.Sum(b => b.Awards);
    }
}
