using Microsoft.AspNetCore.Mvc;
using Steward.Data.Delivery;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Delivery.Verification;

/// <summary>
/// One report on the buyer's contract (CanVerifyDelivery; another buyer's is "not found"): the figures, narrative and
/// evidence, and the decision (verify, query or reject) with its reason, kept with the role and organisation deciding.
/// </summary>
public sealed class ShowModel(ContractDeliveries deliveries, ActingAccount acting, TimeProvider time) : DeliveryPage(deliveries, acting, time)
{
    public DeliveryContract Contract { get; private set; } = null!;

    public StoredReport Report { get; private set; } = null!;

    [BindProperty]
    public ReportDecision? Decision { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(string reportId, string? done)
    {
        if (!await LoadAsync(reportId).ConfigureAwait(false))
        {
            return NotFound();
        }

        Done = done is null ? null : $"The report is {Report.Status.ToString().ToLowerInvariant()}.";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string reportId)
    {
        if (!await LoadAsync(reportId).ConfigureAwait(false))
        {
            return NotFound();
        }

        if (Decision is not { } decision)
        {
            Refuse(new Core.Common.Error(ContractDeliveries.Code, "decision: choose verify, query or reject"));
            return Page();
        }

        var decided = Deliveries.Decide(reportId, Organisation, decision, Reason, Current.Party);
        if (!decided.IsSuccess)
        {
            Refuse(decided.Error!);
            return Page();
        }

        return Redirect($"/delivery/verification/{reportId}?done=decided");
    }

    private async Task<bool> LoadAsync(string reportId)
    {
        await LoadActingAsync().ConfigureAwait(false);
        if (Deliveries.Report(reportId, Organisation) is not { } found || found.Contract.OrganisationId != Organisation)
        {
            return false;
        }

        (Contract, Report) = found;
        return true;
    }
}
