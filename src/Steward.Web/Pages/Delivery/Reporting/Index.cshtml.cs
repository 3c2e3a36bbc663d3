using Steward.Data.Delivery;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Delivery.Reporting;

/// <summary>The contracts the supplier acted for reports on (suppliers: CanReportDelivery).</summary>
public sealed class IndexModel(ContractDeliveries deliveries, ActingAccount acting, TimeProvider time) : DeliveryPage(deliveries, acting, time)
{
    public IReadOnlyList<DeliveryContract> Contracts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadActingAsync().ConfigureAwait(false);
        Contracts = Deliveries.OfSupplier(Organisation);
    }
}
