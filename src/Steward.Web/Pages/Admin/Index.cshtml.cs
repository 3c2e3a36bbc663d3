using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Accounts;
using Steward.Core.Audit;
using Steward.Data.Accounts;
using Steward.Data.Audit;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Admin;

/// <summary>Running the instance (admins: CanManageInstance): organisations, invitations to any of them, the audit trail's state.</summary>
public sealed class IndexModel(AccountDirectory directory, ActingAccount acting, InviteForm invite, AuditTrail trail) : PageModel
{
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
            Link = await invite.InviteAsync(Organisation!, Role, current, $"{Request.Scheme}://{Request.Host}", SendTo, ModelState).ConfigureAwait(false);
            Sent = invite.Sent;
        }

        Load();
    }

    private void Load()
    {
        Organisations = directory.Organisations();
        Audit = trail.Verify();
    }
}
