using Steward.Data.Delivery;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Delivery.Verification;

/// <summary>Suppliers' reports awaiting a decision on the buyer's contracts (commissioners and verifiers: CanVerifyDelivery).</summary>
public sealed class IndexModel(ContractDeliveries deliveries, ActingAccount acting, TimeProvider time) : DeliveryPage(deliveries, acting, time)
{
    public IReadOnlyList<(DeliveryContract Contract, StoredReport Report)> Waiting { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadActingAsync().ConfigureAwait(false);
        Waiting = Deliveries.Awaiting(Organisation);
    }
}
