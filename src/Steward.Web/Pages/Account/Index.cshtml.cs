using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Data.Entities;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Account;

/// <summary>Your account (anyone signed in): the organisations you act for, which one now, and your second factor.</summary>
public sealed class IndexModel(UserManager<AccountUser> users, SignInManager<AccountUser> signIn, ActingAccount acting, AccountMessages messages) : PageModel
{
    public bool EmailConfirmed { get; private set; }

    public bool MailEnabled => messages.Enabled;

    public bool ConfirmationSent { get; private set; }

    /// <summary>Send the e-mail confirmation link again.</summary>
    public async Task<IActionResult> OnPostConfirmAsync()
    {
        if (await LoadAsync().ConfigureAwait(false) is not { } account)
        {
            return Challenge();
        }

        ConfirmationSent = !account.EmailConfirmed && account.Email is not null && await messages.ConfirmationAsync(account, $"{Request.Scheme}://{Request.Host}").ConfigureAwait(false);
        return Page();
    }

    public Acting Current { get; private set; } = null!;

    public bool TwoFactorOn { get; private set; }

    [BindProperty]
    public string? Organisation { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync().ConfigureAwait(false) is not { } account)
        {
            return Challenge();
        }

        TwoFactorOn = account.TwoFactorEnabled;
        return Page();
    }

    /// <summary>Act for another of your organisations.</summary>
    public async Task<IActionResult> OnPostActAsync()
    {
        if (await LoadAsync().ConfigureAwait(false) is not { } account)
        {
            return Challenge();
        }

        if (Current.Memberships.All(m => m.Organisation.Id != Organisation))
        {
            ModelState.AddModelError(nameof(Organisation), "Choose one of the organisations you belong to");
            TwoFactorOn = account.TwoFactorEnabled;
            return Page();
        }

        account.ActingOrganisationId = Organisation;
        await users.UpdateAsync(account).ConfigureAwait(false);
        await signIn.RefreshSignInAsync(account).ConfigureAwait(false);
        return RedirectToPage();
    }

    private async Task<AccountUser?> LoadAsync()
    {
        var account = await users.GetUserAsync(User).ConfigureAwait(false);
        Current = (await acting.ForAsync(User).ConfigureAwait(false))!;
        TwoFactorOn = account?.TwoFactorEnabled ?? false;
        EmailConfirmed = account?.EmailConfirmed ?? false;
        return Current is null ? null : account;
    }
}
