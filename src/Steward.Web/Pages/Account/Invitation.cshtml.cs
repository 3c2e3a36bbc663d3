using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Steward.Core.Accounts;
using Steward.Data;
using Steward.Data.Accounts;
using Steward.Data.Entities;
using Steward.Web.Hosting;

namespace Steward.Web.Pages.Account;

/// <summary>
/// Accept an invitation (anyone holding the link): a new person chooses their e-mail and password; somebody signed in
/// takes the role on their own account. The link works once and expires; a spent, expired, withdrawn or mistyped link
/// says which, and changes nothing.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AccountServices.SignInRateLimit)]
public sealed class InvitationModel(AccountDirectory directory, UserManager<AccountUser> users, SignInManager<AccountUser> signIn, StewardDbContext store, TimeProvider time,
    Microsoft.Extensions.Options.IOptions<OidcOptions> oidc, Accounts.AccountMessages messages) : PageModel
{
    /// <summary>The OpenID Connect provider's name, when one is configured.</summary>
    public string? Provider => oidc.Value.Enabled ? oidc.Value.DisplayName : null;

    /// <summary>Create the account by signing in with the OpenID Connect provider.</summary>
    public IActionResult OnPostExternal()
    {
        if (!Load())
        {
            return Refused();
        }

        if (!oidc.Value.Enabled)
        {
            return NotFound();
        }

        var back = $"/sign-in/external?token={Uri.EscapeDataString(Token!)}";
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(OidcOptions.Scheme, back), OidcOptions.Scheme);
    }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public PendingInvitation? Pending { get; private set; }

    public string? Problem { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public IActionResult OnGet() => Load() ? Page() : Refused();

    /// <summary>A new account for the invited person, then the role.</summary>
    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (!Load())
        {
            return Refused();
        }

        if (string.IsNullOrWhiteSpace(Email) || !Email.Contains('@', StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Email), "Enter an e-mail address, like name@example.org");
            return Page();
        }

        var account = new AccountUser { UserName = Email.Trim(), Email = Email.Trim(), CreatedAt = time.GetUtcNow().UtcDateTime };
        store.AuditActor = Actors.Account(account.Id);
        var created = await users.CreateAsync(account, Password ?? string.Empty).ConfigureAwait(false);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(Password) : nameof(Email), Explain(error));
            }

            return Page();
        }

        var accepted = directory.Accept(Token!, account.Id);
        if (!accepted.IsSuccess)
        {
            await users.DeleteAsync(account).ConfigureAwait(false);
            Problem = accepted.Error!.Message;
            return Refused();
        }

        await messages.ConfirmationAsync(account, $"{Request.Scheme}://{Request.Host}").ConfigureAwait(false);
        await signIn.SignInAsync(account, isPersistent: false).ConfigureAwait(false);
        return Capabilities.NeedsSecondFactor(accepted.Value.Role) ? LocalRedirect("/account/two-factor") : LocalRedirect("/account");
    }

    /// <summary>The role on the account already signed in.</summary>
    public async Task<IActionResult> OnPostAcceptAsync()
    {
        if (!Load())
        {
            return Refused();
        }

        if (!SignedIn || users.GetUserId(User) is not { } id)
        {
            return Challenge();
        }

        var accepted = directory.Accept(Token!, id);
        if (!accepted.IsSuccess)
        {
            Problem = accepted.Error!.Message;
            return Refused();
        }

        await signIn.RefreshSignInAsync((await users.FindByIdAsync(id).ConfigureAwait(false))!).ConfigureAwait(false);
        return LocalRedirect(Capabilities.NeedsSecondFactor(accepted.Value.Role) ? "/account/two-factor" : "/account");
    }

    private bool Load()
    {
        var checkedInvitation = directory.Check(Token ?? string.Empty);
        Pending = checkedInvitation.IsSuccess ? checkedInvitation.Value : null;
        Problem = checkedInvitation.Error?.Message;
        return Pending is not null;
    }

    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status410Gone;
        Pending = null;
        return Page();
    }

    /// <summary>Identity's messages in the words of the GOV.UK Design System.</summary>
    private string Explain(IdentityError error) => error.Code switch
    {
        "PasswordTooShort" => $"Your password must be at least {users.Options.Password.RequiredLength} characters long",
        "PasswordRequiresUniqueChars" => "Your password must use more different characters",
        "DuplicateUserName" or "DuplicateEmail" => "You cannot use this e-mail address for a new account. If it is yours, sign in and open the invitation again",
        "InvalidEmail" or "InvalidUserName" => "Enter an e-mail address, like name@example.org",
        _ => error.Description,
    };
}
