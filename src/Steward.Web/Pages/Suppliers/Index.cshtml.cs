using Steward.Web.Analytics;
using Steward.Web.Tables;

namespace Steward.Web.Pages.Suppliers;

public sealed class IndexModel(ReportCache reports) : PortalPage(reports)
{
    public PortalTable Table { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        Table = PortalTables.Suppliers(Snapshot);
    }
}
