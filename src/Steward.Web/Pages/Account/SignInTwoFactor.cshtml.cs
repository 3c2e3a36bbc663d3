using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Steward.Data.Entities;
using Steward.Web.Accounts;
using Steward.Web.Hosting;

namespace Steward.Web.Pages.Account;

/// <summary>The second step of signing in: the code from the authenticator app, or a recovery code (anyone mid-sign-in).</summary>
[AllowAnonymous]
[EnableRateLimiting(AccountServices.SignInRateLimit)]
public sealed class SignInTwoFactorModel(SignInManager<AccountUser> signIn) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public bool Recovery { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync().ConfigureAwait(false) is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync().ConfigureAwait(false) is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var code = (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), Recovery ? "Enter a recovery code" : "Enter the 6-digit code from your authenticator app");
            return Page();
        }

        var result = Recovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code).ConfigureAwait(false)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return LocalRedirect(LocalReturn.Of(ReturnUrl));
        }

        ModelState.AddModelError(nameof(Code), result.IsLockedOut
            ? "This account is locked after too many wrong codes. Try again in 15 minutes"
            : Recovery ? "That recovery code is not right, or was used already" : "That code is not right: enter the code your authenticator app shows now");
        return Page();
    }
}
