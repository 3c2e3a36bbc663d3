using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Data.Suppliers;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Verification;

/// <summary>
/// Check one piece of evidence (verifiers: CanVerifyEvidence): download it, then mark which facts it shows and until
/// when, or say why it is not accepted. The supplier's public profile then shows the check by role and organisation.
/// </summary>
public sealed class EvidenceModel(SupplierPortal portal, ActingAccount acting) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public List<string> Covers { get; set; } = [];

    [BindProperty]
    public string? ValidUntil { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public EvidenceItem? Item { get; private set; }

    public string? Done { get; private set; }

    public IActionResult OnGet() => Load() ? Page() : NotFound();

    public IActionResult OnGetFile() => Load() && portal.Content(Item!.Id) is { } content ? EvidenceDownload.Of(Item, content) : NotFound();

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        if (!Load())
        {
            return NotFound();
        }

        DateOnly? until = null;
        if (!string.IsNullOrWhiteSpace(ValidUntil))
        {
            if (!DateOnly.TryParseExact(ValidUntil.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                ModelState.AddModelError(nameof(ValidUntil), "Valid until must be a date written 2027-06-30");
                return Page();
            }

            until = parsed;
        }

        var current = (await acting.ForAsync(User).ConfigureAwait(false))!;
        var verified = portal.Verify(Item!.Id, Covers, until, current.Party);
        if (!verified.IsSuccess)
        {
            ModelState.AddModelError(verified.Error!.Code == "EVIDENCE_COVERS" ? nameof(Covers) : nameof(ValidUntil), verified.Error.Message);
            return Page();
        }

        Item = verified.Value;
        Done = $"Verified. {Item.OrganisationName}'s public profile now shows this check.";
        return Page();
    }

    public async Task<IActionResult> OnPostRejectAsync()
    {
        if (!Load())
        {
            return NotFound();
        }

        var current = (await acting.ForAsync(User).ConfigureAwait(false))!;
        var rejected = portal.Reject(Item!.Id, Note ?? string.Empty, current.Party);
        if (!rejected.IsSuccess)
        {
            ModelState.AddModelError(nameof(Note), rejected.Error!.Message);
            return Page();
        }

        Item = rejected.Value;
        Done = "Not accepted. The supplier sees your reason.";
        return Page();
    }

    private bool Load()
    {
        Item = Id is null ? null : portal.Evidence(Id);
        return Item is not null;
    }
}
