using Steward.Web.Analytics;
using Steward.Web.Tables;

namespace Steward.Web.Pages.Markets;

public sealed class IndexModel(ReportCache reports) : PortalPage(reports)
{
    public PortalTable Table { get; private set; } = null!;

    public async Task OnGetAsync(string? cpv, string? region)
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        Table = PortalTables.Markets(Snapshot, cpv, region);
    }
}
