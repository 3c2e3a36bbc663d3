using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Data.Suppliers;
using Steward.Web.Accounts;
using Steward.Web.Hosting;

namespace Steward.Web.Pages.Account;

/// <summary>
/// The supplier's own register profile (suppliers: CanEditSupplierProfile): answers are saved as a draft as often as
/// the supplier likes; submitting puts them into the public register as a new version, with its history.
/// </summary>
[Authorize(Policy = Policies.CanEditSupplierProfile)]
public sealed class ProfileModel(SupplierPortal portal, ActingAccount acting) : PageModel
{
    public Acting Current { get; private set; } = null!;

    public ProfileDraft Draft { get; private set; } = null!;

    public JsonObject Fields { get; private set; } = [];

    public string? Saved { get; private set; }

    public async Task OnGetAsync() => await LoadAsync().ConfigureAwait(false);

    public async Task<IActionResult> OnPostSaveAsync() => await SaveAsync(submit: false).ConfigureAwait(false);

    public async Task<IActionResult> OnPostSubmitAsync() => await SaveAsync(submit: true).ConfigureAwait(false);

    private async Task<IActionResult> SaveAsync(bool submit)
    {
        await LoadAsync().ConfigureAwait(false);
        var errors = ProfileForm.Apply(Fields, field => Request.Form.TryGetValue(field, out var value) ? value.ToString() : null);
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }

        if (errors.Count > 0)
        {
            return Page();
        }

        var saved = portal.SaveDraft(Current.Organisation!.Id, Fields.ToJsonString(), Current.Party);
        if (!saved.IsSuccess)
        {
            ModelState.AddModelError(string.Empty, saved.Error!.Message);
            return Page();
        }

        Draft = saved.Value;
        if (submit)
        {
            var submitted = portal.Submit(Current.Organisation!.Id, Current.Party);
            if (!submitted.IsSuccess)
            {
                ModelState.AddModelError(string.Empty, submitted.Error!.Message);
                return Page();
            }

            Saved = submitted.Value.Action == "unchanged" ? "Submitted: the register already had these answers." : "Submitted: the public register now shows these answers.";
            await LoadAsync().ConfigureAwait(false);
            return Page();
        }

        Saved = "Draft saved. Nothing is public until you submit it.";
        return Page();
    }

    private async Task LoadAsync()
    {
        Current = (await acting.ForAsync(User).ConfigureAwait(false))!;
        Draft = portal.Draft(Current.Organisation!.Id);
        Fields = JsonNode.Parse(Draft.Json)!.AsObject();
    }
}
