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
/// Ask for a password reset link (anyone). The answer is the same whether or not an account uses the address, so the
/// page tells nobody who has an account.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AccountServices.SignInRateLimit)]
public sealed class ForgotPasswordModel(UserManager<AccountUser> users, AccountMessages messages, ResetThrottle throttle) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public bool MailEnabled => messages.Enabled;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || !Email.Contains('@', StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Email), "Enter an e-mail address, like name@example.org");
            return Page();
        }

        if (await users.FindByEmailAsync(Email.Trim()).ConfigureAwait(false) is { } account && throttle.Allow(account.Id))
        {
            await messages.PasswordResetAsync(account, $"{Request.Scheme}://{Request.Host}").ConfigureAwait(false);
        }

        Sent = true;
        return Page();
    }
}
