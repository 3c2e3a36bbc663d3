using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Steward.Data.Entities;
using Steward.Web.Accounts;
using Steward.Web.Hosting;

namespace Steward.Web.Pages.Account;

/// <summary>Choose a new password from a reset link (anyone holding the link). A spent or mangled link changes nothing.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccountServices.SignInRateLimit)]
public sealed class ResetPasswordModel(UserManager<AccountUser> users) : PageModel
{
    public const string BadLink = "This link has expired or was used already. Ask for a new one";

    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = Id is null ? null : await users.FindByIdAsync(Id).ConfigureAwait(false);
        var token = AccountMessages.Decode(Code);
        if (account is null || token is null)
        {
            ModelState.AddModelError(nameof(Password), BadLink);
            return Page();
        }

        var reset = await users.ResetPasswordAsync(account, token, Password ?? string.Empty).ConfigureAwait(false);
        foreach (var error in reset.Errors)
        {
            ModelState.AddModelError(nameof(Password), error.Code == "InvalidToken" ? BadLink
                : error.Code == "PasswordTooShort" ? $"Your password must be at least {users.Options.Password.RequiredLength} characters long" : error.Description);
        }

        if (reset.Succeeded)
        {
            // A reset ends every other session: the security stamp changed.
            await users.ResetAccessFailedCountAsync(account).ConfigureAwait(false);
            Done = true;
        }

        return Page();
    }
}
