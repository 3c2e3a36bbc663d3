using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Data.Entities;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Account;

/// <summary>
/// Your data (anyone signed in): download everything Steward holds about your account, or delete it. Deleting asks
/// for your password again (or, for an account that signs in with a provider only, your authenticator code).
/// </summary>
public sealed class DataModel(UserManager<AccountUser> users, SignInManager<AccountUser> signIn, AccountData data) : PageModel
{
    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public bool HasPassword { get; private set; }

    public bool Deleted { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await users.GetUserAsync(User).ConfigureAwait(false);
        if (account is null)
        {
            return Challenge();
        }

        HasPassword = await users.HasPasswordAsync(account).ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync()
    {
        var account = await users.GetUserAsync(User).ConfigureAwait(false);
        return account is null ? Challenge() : File(await data.ExportAsync(account).ConfigureAwait(false), "application/json", "steward-account.json");
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var account = await users.GetUserAsync(User).ConfigureAwait(false);
        if (account is null)
        {
            return Challenge();
        }

        HasPassword = await users.HasPasswordAsync(account).ConfigureAwait(false);
        var confirmed = HasPassword
            ? await users.CheckPasswordAsync(account, Password ?? string.Empty).ConfigureAwait(false)
            : account.TwoFactorEnabled && await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal)).ConfigureAwait(false);
        if (!confirmed)
        {
            if (HasPassword)
            {
                await users.AccessFailedAsync(account).ConfigureAwait(false);
            }

            ModelState.AddModelError(HasPassword ? nameof(Password) : nameof(Code), HasPassword ? "Enter your password to delete your account" : "Enter the code from your authenticator app to delete your account");
            return Page();
        }

        var deleted = await data.DeleteAsync(account).ConfigureAwait(false);
        if (!deleted.Succeeded)
        {
            ModelState.AddModelError(string.Empty, string.Join(" ", deleted.Errors.Select(e => e.Description)));
            return Page();
        }

        await signIn.SignOutAsync().ConfigureAwait(false);
        Deleted = true;
        return Page();
    }
}
