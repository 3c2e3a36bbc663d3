using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Data.Suppliers;

namespace Steward.Web.Pages.Verification;

/// <summary>Evidence waiting for a check (verifiers: CanVerifyEvidence, with their second factor).</summary>
public sealed class IndexModel(SupplierPortal portal) : PageModel
{
    public IReadOnlyList<EvidenceItem> Waiting { get; private set; } = [];

    public void OnGet() => Waiting = portal.Waiting();
}
