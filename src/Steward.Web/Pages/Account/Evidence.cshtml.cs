using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Steward.Data.Suppliers;
using Steward.Web.Accounts;
using Steward.Web.Hosting;

namespace Steward.Web.Pages.Account;

/// <summary>
/// The supplier's evidence (suppliers: CanEditSupplierProfile): upload documents that back the profile's facts, see
/// each one's check, download one's own. Files are limited in size and read for what they really are.
/// </summary>
[Authorize(Policy = Policies.CanEditSupplierProfile)]
[RequestSizeLimit(EvidenceLimits.RequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceLimits.RequestBytes)]
public sealed class EvidenceModel(SupplierPortal portal, ActingAccount acting, IOptions<RegisterOptions> options) : PageModel
{
    public Acting Current { get; private set; } = null!;

    public IReadOnlyList<EvidenceItem> Items { get; private set; } = [];

    public string? Uploaded { get; private set; }

    public long MaxBytes => options.Value.EvidenceMaxBytes;

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public List<string> Covers { get; set; } = [];

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task OnGetAsync() => await LoadAsync().ConfigureAwait(false);

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync().ConfigureAwait(false);
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose a file to upload");
            return Page();
        }

        if (Upload.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"The file must be smaller than {MaxBytes / 1024 / 1024} MB");
            return Page();
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer).ConfigureAwait(false);
        var uploaded = portal.Upload(Current.Organisation!.Id, Kind ?? string.Empty, Covers, Upload.FileName, buffer.ToArray(), MaxBytes, Current.Party);
        if (!uploaded.IsSuccess)
        {
            ModelState.AddModelError(uploaded.Error!.Code == "EVIDENCE_KIND" ? nameof(Kind) : nameof(Upload), uploaded.Error.Message);
            return Page();
        }

        Uploaded = $"{uploaded.Value.FileName} is uploaded. A verifier will check it.";
        Items = portal.EvidenceOf(Current.Organisation!.Id);
        return Page();
    }

    /// <summary>Download one of your own documents (never shown inline).</summary>
    public async Task<IActionResult> OnGetFileAsync(string id)
    {
        await LoadAsync().ConfigureAwait(false);
        var item = Items.FirstOrDefault(i => i.Id == id);
        return item is null || portal.Content(id) is not { } content ? NotFound() : EvidenceDownload.Of(item, content);
    }

    private async Task LoadAsync()
    {
        Current = (await acting.ForAsync(User).ConfigureAwait(false))!;
        Items = portal.EvidenceOf(Current.Organisation!.Id);
    }
}
