using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Data.Entities;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Account;

/// <summary>
/// Set up the second factor (anyone signed in): an authenticator app (TOTP, RFC 6238) and ten recovery codes shown
/// once. Commissioners, evaluators, verifiers and admins must have one (Core.Accounts.Capabilities.NeedsSecondFactor).
/// </summary>
public sealed class TwoFactorModel(UserManager<AccountUser> users, SignInManager<AccountUser> signIn) : PageModel
{
    public string SharedKey { get; private set; } = string.Empty;

    public string AuthenticatorUri { get; private set; } = string.Empty;

    public bool Enabled { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await users.GetUserAsync(User).ConfigureAwait(false);
        if (account is null)
        {
            return Challenge();
        }

        await LoadKeyAsync(account).ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await users.GetUserAsync(User).ConfigureAwait(false);
        if (account is null)
        {
            return Challenge();
        }

        var code = (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, code).ConfigureAwait(false))
        {
            ModelState.AddModelError(nameof(Code), code.Length == 0 ? "Enter the 6-digit code your authenticator app shows" : "That code is not right: enter the code your app shows now for Steward");
            await LoadKeyAsync(account).ConfigureAwait(false);
            return Page();
        }

        if (!account.TwoFactorEnabled)
        {
            await users.SetTwoFactorEnabledAsync(account, true).ConfigureAwait(false);
            RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 10).ConfigureAwait(false) ?? []];
        }

        // The code just given proves the second factor: this session counts as signed in with it.
        await signIn.SignInWithClaimsAsync(account, isPersistent: false, [new Claim(ActingAccount.MethodClaim, ActingAccount.SecondFactorMethod)]).ConfigureAwait(false);
        Enabled = true;
        return Page();
    }

    private async Task LoadKeyAsync(AccountUser account)
    {
        Enabled = account.TwoFactorEnabled;
        var key = await users.GetAuthenticatorKeyAsync(account).ConfigureAwait(false);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account).ConfigureAwait(false);
            key = await users.GetAuthenticatorKeyAsync(account).ConfigureAwait(false) ?? string.Empty;
        }

        SharedKey = Grouped(key);
        var label = Uri.EscapeDataString($"Steward:{account.Email}");
        AuthenticatorUri = string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{label}?secret={key}&issuer=Steward&digits=6");
    }

    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
