using Steward.Web.Analytics;
using Steward.Web.Tables;

namespace Steward.Web.Pages;

public sealed class FlagsModel(ReportCache reports) : PortalPage(reports)
{
    public PortalTable Indicators { get; private set; } = null!;

    public PortalTable Flags { get; private set; } = null!;

    public string? Code { get; private set; }

    public async Task OnGetAsync(string? code)
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        Code = code;
        Indicators = PortalTables.Indicators(Snapshot);
        Flags = PortalTables.Flags(Snapshot, null, code);
    }
}
