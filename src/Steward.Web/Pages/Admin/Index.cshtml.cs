using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Accounts;
using Steward.Core.Audit;
using Steward.Data.Accounts;
using Steward.Data.Audit;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Admin;

/// <summary>Running the instance (admins: CanManageInstance): organisations, invitations to any of them, the audit trail's state.</summary>
public sealed class IndexModel(AccountDirectory directory, ActingAccount acting, InviteForm invite, AuditTrail trail,
    Microsoft.AspNetCore.Identity.UserManager<Steward.Data.Entities.AccountUser> users) : PageModel
{
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>A token just issued, shown once.</summary>
    public string? IssuedSecret { get; private set; }

    [BindProperty]
    public string? TokenName { get; set; }

    [BindProperty]
    public string? TokenOrganisation { get; set; }

    [BindProperty]
    public List<string> TokenScopes { get; set; } = [];

    [BindProperty]
    public int? TokenDays { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? TokenId { get; set; }

    /// <summary>Issue a machine token: asks for the admin's password again first.</summary>
    public async Task OnPostIssueTokenAsync()
    {
        var current = (await acting.ForAsync(User).ConfigureAwait(false))!;
        var account = await users.GetUserAsync(User).ConfigureAwait(false);
        if (account is null || !await users.CheckPasswordAsync(account, Password ?? string.Empty).ConfigureAwait(false))
        {
            ModelState.AddModelError(nameof(Password), "Enter your password to issue a token");
        }
        else
        {
            var scopes = TokenScopes.Select(s => Enum.TryParse<Capability>(s, out var c) ? c : (Capability?)null).OfType<Capability>().ToList();
            var issued = directory.IssueToken(TokenOrganisation ?? string.Empty, TokenName ?? string.Empty, scopes,
                TokenDays is > 0 and <= 366 ? TimeSpan.FromDays(TokenDays.Value) : TimeSpan.FromDays(90), current.Party.Actor);
            if (issued.IsSuccess)
            {
                IssuedSecret = issued.Value.Secret;
            }
            else
            {
                ModelState.AddModelError(issued.Error!.Code == "TOKEN_NAME" ? nameof(TokenName) : nameof(TokenScopes), issued.Error.Message);
            }
        }

        Load();
    }

    public async Task OnPostRevokeTokenAsync()
    {
        var current = (await acting.ForAsync(User).ConfigureAwait(false))!;
        if (!directory.RevokeToken(TokenId ?? string.Empty, current.Party.Actor))
        {
            ModelState.AddModelError(nameof(TokenId), "That token was revoked already, or does not exist");
        }

        Load();
    }

    public IReadOnlyList<AccountOrganisation> Organisations { get; private set; } = [];

    public AuditVerification Audit { get; private set; } = null!;

    public string? Link { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Side { get; set; }

    [BindProperty]
    public string? Identifier { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    /// <summary>An address to e-mail the link to (optional; not kept).</summary>
    [BindProperty]
    public string? SendTo { get; set; }

    public bool Sent { get; private set; }

    public bool MailEnabled => invite.MailEnabled;

    public void OnGet() => Load();

    public async Task OnPostOrganisationAsync()
    {
        var current = (await acting.ForAsync(User).ConfigureAwait(false))!;
        if (string.IsNullOrWhiteSpace(Name))
        {
            ModelState.AddModelError(nameof(Name), "Enter the organisation's name");
        }

        if (!RoleNames.TryParseSide(Side, out var side) || side == OrganisationSide.Instance)
        {
            ModelState.AddModelError(nameof(Side), "Choose buyer, supplier or verification");
        }

        if (ModelState.IsValid)
        {
            var added = directory.AddOrganisation(Name!, side, Identifier, current.Party.Actor);
            if (!added.IsSuccess)
            {
                ModelState.AddModelError(nameof(Identifier), added.Error!.Message);
            }
        }

        Load();
    }

    public async Task OnPostInviteAsync()
    {
        var current = (await acting.ForAsync(User).ConfigureAwait(false))!;
        if (directory.Organisation(Organisation ?? string.Empty) is null)
        {
            ModelState.AddModelError(nameof(Organisation), "Choose the organisation to invite somebody to");
        }
        else
        {
            var invited = await invite.InviteAsync(Organisation!, Role, current, $"{Request.Scheme}://{Request.Host}", SendTo, ModelState).ConfigureAwait(false);
            (Link, Sent) = (invited?.Link, invited?.Sent ?? false);
        }

        Load();
    }

    private void Load()
    {
        Organisations = directory.Organisations();
        Tokens = directory.Tokens();
        Audit = trail.Verify();
    }
}
