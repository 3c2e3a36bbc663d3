using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Steward.Core.Accounts;
using Steward.Data;
using Steward.Data.Accounts;
using Steward.Data.Entities;
using Steward.Web.Accounts;
using Steward.Web.Hosting;

namespace Steward.Web.Pages.Account;

/// <summary>
/// Where the OpenID Connect provider's answer lands (anyone mid-sign-in). A sign-in already linked to an account opens
/// it (then the second factor, if the account has one); a new one makes an account only with an invitation.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AccountServices.SignInRateLimit)]
public sealed class ExternalModel(SignInManager<AccountUser> signIn, UserManager<AccountUser> users, AccountDirectory directory, StewardDbContext store, TimeProvider time)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public string? Problem { get; private set; }

    public string Provider { get; private set; } = string.Empty;

    public PendingInvitation? Pending { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var info = await signIn.GetExternalLoginInfoAsync().ConfigureAwait(false);
        if (info is null)
        {
            Problem = "The sign-in did not finish. Start again from the sign-in page.";
            return Page();
        }

        Provider = info.ProviderDisplayName ?? info.LoginProvider;
        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return LocalRedirect(LocalReturn.Of(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SignInTwoFactor", new { returnUrl = LocalReturn.Of(ReturnUrl) });
        }

        if (result.IsLockedOut)
        {
            Problem = "This account is locked after too many wrong codes. Try again in 15 minutes.";
            return Page();
        }

        var invitation = directory.Check(Token ?? string.Empty);
        Pending = invitation.IsSuccess ? invitation.Value : null;
        Problem = Pending is null
            ? Token is null
                ? $"No Steward account uses this {Provider} sign-in yet. Open the invitation link you were sent and choose to create your account with {Provider}."
                : invitation.Error!.Message
            : null;
        return Page();
    }

    /// <summary>A new account for this sign-in, taking the invitation's role.</summary>
    public async Task<IActionResult> OnPostCreateAsync()
    {
        var info = await signIn.GetExternalLoginInfoAsync().ConfigureAwait(false);
        var invitation = directory.Check(Token ?? string.Empty);
        if (info is null || !invitation.IsSuccess)
        {
            Problem = info is null ? "The sign-in did not finish. Start again from your invitation link." : invitation.Error!.Message;
            return Page();
        }

        var email = info.Principal.FindFirstValue(ClaimTypes.Email) ?? info.Principal.FindFirstValue("email");
        var account = new AccountUser
        {
            UserName = email ?? $"{info.LoginProvider}-{info.ProviderKey}",
            Email = email,
            EmailConfirmed = string.Equals(info.Principal.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        store.AuditActor = Actors.Account(account.Id);
        var created = await users.CreateAsync(account).ConfigureAwait(false);
        if (created.Succeeded)
        {
            created = await users.AddLoginAsync(account, info).ConfigureAwait(false);
        }

        if (!created.Succeeded)
        {
            Problem = created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName")
                ? "A Steward account already uses this e-mail address. Sign in with its password, then open the invitation link again."
                : string.Join(" ", created.Errors.Select(e => e.Description));
            return Page();
        }

        var accepted = directory.Accept(Token!, account.Id);
        if (!accepted.IsSuccess)
        {
            await users.DeleteAsync(account).ConfigureAwait(false);
            Problem = accepted.Error!.Message;
            return Page();
        }

        await signIn.SignInAsync(account, isPersistent: false, info.LoginProvider).ConfigureAwait(false);
        return LocalRedirect(Capabilities.NeedsSecondFactor(accepted.Value.Role) ? "/account/two-factor" : "/account");
    }
}
