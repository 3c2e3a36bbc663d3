using Steward.Data.Delivery;
using Steward.Web.Analytics;
using Steward.Web.Delivery;
using Steward.Web.Tables;

namespace Steward.Web.Pages.Suppliers;

/// <summary>
/// The market view of delivery (issue 15 item 5): which suppliers deliver what they promise, over every buyer that took
/// a contract of theirs on in Steward and held it to KPIs. Open to everyone, like every public page.
/// </summary>
public sealed class DeliveryModel(ReportCache reports, ContractDeliveries deliveries, TimeProvider time) : PortalPage(reports)
{
    public PortalTable Table { get; private set; } = null!;

    public DateOnly AsOf { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        AsOf = SearchQuery.Today(time);
        Table = DeliveryTables.Suppliers(deliveries.SupplierRecords(AsOf));
    }
}
