using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Data.Entities;

namespace Steward.Web.Pages.Account;

/// <summary>
/// Your passkeys (anyone signed in): add one with the browser's dialogue, or remove one. A passkey that checks who is
/// using it (a fingerprint, a face, a PIN) signs in with two factors at once (ASP.NET Core Identity's passkeys).
/// </summary>
public sealed class PasskeysModel(UserManager<AccountUser> users, SignInManager<AccountUser> signIn, TimeProvider time) : PageModel
{
    public IReadOnlyList<UserPasskeyInfo> Passkeys { get; private set; } = [];

    public string? Done { get; private set; }

    [BindProperty]
    public string? Credential { get; set; }

    [BindProperty]
    public string? Remove { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync().ConfigureAwait(false) is null ? Challenge() : Page();

    /// <summary>The options the browser's dialogue needs to make a passkey for this account (JSON).</summary>
    public async Task<IActionResult> OnPostOptionsAsync()
    {
        var account = await users.GetUserAsync(User).ConfigureAwait(false);
        if (account is null)
        {
            return Challenge();
        }

        var entity = new PasskeyUserEntity { Id = account.Id, Name = account.UserName ?? account.Id, DisplayName = account.UserName ?? account.Id };
        return Content(await signIn.MakePasskeyCreationOptionsAsync(entity).ConfigureAwait(false), "application/json");
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        var account = await LoadAsync().ConfigureAwait(false);
        if (account is null)
        {
            return Challenge();
        }

        var attested = await signIn.PerformPasskeyAttestationAsync(Credential ?? string.Empty).ConfigureAwait(false);
        if (!attested.Succeeded)
        {
            ModelState.AddModelError(string.Empty, $"The passkey was not added: {attested.Failure?.Message}");
            return Page();
        }

        attested.Passkey.Name = $"Passkey added {time.GetUtcNow():d MMMM yyyy}";
        var added = await users.AddOrUpdatePasskeyAsync(account, attested.Passkey).ConfigureAwait(false);
        if (!added.Succeeded)
        {
            ModelState.AddModelError(string.Empty, string.Join(" ", added.Errors.Select(e => e.Description)));
            return Page();
        }

        Done = "Your passkey is added. You can sign in with it next time.";
        await LoadAsync().ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        var account = await LoadAsync().ConfigureAwait(false);
        if (account is null)
        {
            return Challenge();
        }

        var passkey = Passkeys.FirstOrDefault(p => Convert.ToBase64String(p.CredentialId) == Remove);
        if (passkey is null)
        {
            ModelState.AddModelError(string.Empty, "That passkey was removed already");
            return Page();
        }

        await users.RemovePasskeyAsync(account, passkey.CredentialId).ConfigureAwait(false);
        Done = "The passkey is removed.";
        await LoadAsync().ConfigureAwait(false);
        return Page();
    }

    private async Task<AccountUser?> LoadAsync()
    {
        var account = await users.GetUserAsync(User).ConfigureAwait(false);
        Passkeys = account is null ? [] : [.. await users.GetPasskeysAsync(account).ConfigureAwait(false)];
        return account;
    }
}
