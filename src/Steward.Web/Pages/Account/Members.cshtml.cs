using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Data.Accounts;
using Steward.Web.Accounts;
using Steward.Web.Hosting;

namespace Steward.Web.Pages.Account;

/// <summary>The people of the organisation you act for, and invitations to it (commissioners and admins: CanInviteMembers).</summary>
[Authorize(Policy = Policies.CanInviteMembers)]
public sealed class MembersModel(AccountDirectory directory, ActingAccount acting, InviteForm invite) : PageModel
{
    public Acting Current { get; private set; } = null!;

    public IReadOnlyList<Member> Members { get; private set; } = [];

    public string? Link { get; private set; }

    [BindProperty]
    public string? Role { get; set; }

    /// <summary>An address to e-mail the link to (optional; not kept).</summary>
    [BindProperty]
    public string? SendTo { get; set; }

    public bool Sent { get; private set; }

    public bool MailEnabled => invite.MailEnabled;

    public async Task OnGetAsync() => await LoadAsync().ConfigureAwait(false);

    public async Task OnPostAsync()
    {
        await LoadAsync().ConfigureAwait(false);
        var invited = await invite.InviteAsync(Current.Organisation!.Id, Role, Current, $"{Request.Scheme}://{Request.Host}", SendTo, ModelState).ConfigureAwait(false);
        (Link, Sent) = (invited?.Link, invited?.Sent ?? false);
    }

    private async Task LoadAsync()
    {
        Current = (await acting.ForAsync(User).ConfigureAwait(false))!;
        Members = directory.Members(Current.Organisation!.Id);
    }
}
