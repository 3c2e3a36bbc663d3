using Microsoft.AspNetCore.Mvc;
using Steward.Data.Delivery;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Delivery.Contracts;

/// <summary>
/// The buyer's contracts held to KPIs (commissioners: CanManageDelivery), and taking one on: any contract of a process in
/// the store, by its OCID; a Steward tender's brings its winner's commitments as KPIs.
/// </summary>
public sealed class IndexModel(ContractDeliveries deliveries, ActingAccount acting, TimeProvider time) : DeliveryPage(deliveries, acting, time)
{
    public IReadOnlyList<DeliveryContract> Contracts { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Suppliers { get; private set; } = [];

    [BindProperty]
    public string? Ocid { get; set; }

    [BindProperty]
    public string? ContractId { get; set; }

    [BindProperty]
    public string? SupplierId { get; set; }

    [BindProperty]
    public DateOnly? PeriodStart { get; set; }

    [BindProperty]
    public DateOnly? PeriodEnd { get; set; }

    [BindProperty]
    public decimal? Value { get; set; }

    public async Task OnGetAsync() => await LoadAsync().ConfigureAwait(false);

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync().ConfigureAwait(false);
        var taken = Deliveries.TakeOn(Organisation, new TakeOnRequest(Ocid ?? string.Empty, ContractId, SupplierId, PeriodStart, PeriodEnd, Value), Current.Party);
        if (!taken.IsSuccess)
        {
            Refuse(taken.Error!);
            return Page();
        }

        return Redirect($"/delivery/contracts/{taken.Value.Id}?done=taken");
    }

    private async Task LoadAsync()
    {
        await LoadActingAsync().ConfigureAwait(false);
        Contracts = Deliveries.OfBuyer(Organisation);
        Suppliers = Deliveries.Suppliers();
    }
}
