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

    /// <summary>The passkey the browser returned (JSON), for <see cref="OnPostPasskeyAsync"/>.</summary>
    [BindProperty]
    public string? Credential { get; set; }

    /// <summary>The options the browser's passkey dialogue needs (any of this site's passkeys may answer).</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() =>
        Content(await signIn.MakePasskeyRequestOptionsAsync(null).ConfigureAwait(false), "application/json");

    /// <summary>
    /// Sign in with a passkey. One that verified its user (biometrics or a PIN on the device) is two factors at once,
    /// so the session counts as signed in with a second factor.
    /// </summary>
    public async Task<IActionResult> OnPostPasskeyAsync()
    {
        var asserted = await signIn.PerformPasskeyAssertionAsync(Credential ?? string.Empty).ConfigureAwait(false);
        if (!asserted.Succeeded || await users.IsLockedOutAsync(asserted.User).ConfigureAwait(false))
        {
            ModelState.AddModelError(nameof(Email), asserted.Succeeded ? "This account is locked. Try again in 15 minutes" : "That passkey is not one Steward knows. Sign in with your password, then add the passkey on your account page");
            return Page();
        }

        await users.AddOrUpdatePasskeyAsync(asserted.User, asserted.Passkey).ConfigureAwait(false);
        System.Security.Claims.Claim[] claims = asserted.Passkey.IsUserVerified ? [new(ActingAccount.MethodClaim, ActingAccount.SecondFactorMethod)] : [];
        await signIn.SignInWithClaimsAsync(asserted.User, isPersistent: false, claims).ConfigureAwait(false);
        return LocalRedirect(LocalReturn.Of(ReturnUrl));
    }

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
