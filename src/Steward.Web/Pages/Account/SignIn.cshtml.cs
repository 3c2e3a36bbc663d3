using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Steward.Data.Entities;
using Steward.Web.Accounts;
using Steward.Web.Hosting;

namespace Steward.Web.Pages.Account;

/// <summary>
/// Sign in with an e-mail and password (anyone). The answer for a wrong password and for an e-mail Steward does not
/// know is the same, and takes as long (a password hash is checked either way), so nobody can learn who has an account.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AccountServices.SignInRateLimit)]
public sealed class SignInModel(SignInManager<AccountUser> signIn, UserManager<AccountUser> users, IPasswordHasher<AccountUser> hasher,
    Microsoft.Extensions.Options.IOptions<OidcOptions> oidc) : PageModel
{
    /// <summary>The OpenID Connect provider's name, when one is configured (else null: no button).</summary>
    public string? Provider => oidc.Value.Enabled ? oidc.Value.DisplayName : null;

    /// <summary>Sign in with the OpenID Connect provider instead.</summary>
    public IActionResult OnPostExternal()
    {
        if (!oidc.Value.Enabled)
        {
            return NotFound();
        }

        var back = $"/sign-in/external?returnUrl={Uri.EscapeDataString(LocalReturn.Of(ReturnUrl))}";
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(OidcOptions.Scheme, back), OidcOptions.Scheme);
    }

    /// <summary>A hash of a password nobody has, checked when the e-mail is unknown so that both answers take as long.</summary>
    private static readonly Lazy<string> Decoy = new(() => new PasswordHasher<AccountUser>().HashPassword(new AccountUser(), "decoy-password-nobody-has"));

    public const string Wrong = "Enter the e-mail address and password of your Steward account";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(string.IsNullOrWhiteSpace(Email) ? nameof(Email) : nameof(Password),
                string.IsNullOrWhiteSpace(Email) ? "Enter your e-mail address" : "Enter your password");
            return Page();
        }

        var account = await users.FindByEmailAsync(Email.Trim()).ConfigureAwait(false);
        if (account is null)
        {
            hasher.VerifyHashedPassword(new AccountUser(), Decoy.Value, Password);
            ModelState.AddModelError(nameof(Email), Wrong);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(account, Password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return LocalRedirect(LocalReturn.Of(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SignInTwoFactor", new { returnUrl = LocalReturn.Of(ReturnUrl) });
        }

        ModelState.AddModelError(nameof(Email), result.IsLockedOut
            ? "This account is locked after too many wrong passwords. Try again in 15 minutes, or reset your password"
            : Wrong);
        return Page();
    }
}
