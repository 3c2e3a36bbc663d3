using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Web.Hosting;

namespace Steward.Web.Accounts;

/// <summary>What the admin and members pages share: make an invitation from a posted role and return its link.</summary>
public sealed class InviteForm(AccountDirectory directory, IOptions<AccountOptions> options, AccountMessages messages)
{
    public bool MailEnabled => messages.Enabled;

    /// <summary>The link for a new invitation and whether it was e-mailed, or null with the problem in <paramref name="state"/> under <c>Role</c>.</summary>
    /// <remarks>With <paramref name="sendTo"/> and mail configured, the link is also e-mailed there (the address is not kept).</remarks>
    public async Task<(string Link, bool Sent)?> InviteAsync(string organisationId, string? role, Acting by, string portal, string? sendTo, ModelStateDictionary state)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(state);
        if (!RoleNames.TryParseRole(role, out var chosen))
        {
            state.AddModelError("Role", "Choose the role to offer");
            return null;
        }

        var invited = directory.Invite(organisationId, chosen, TimeSpan.FromHours(options.Value.InvitationHours), by.Party.Actor);
        if (!invited.IsSuccess)
        {
            state.AddModelError("Role", invited.Error!.Message);
            return null;
        }

        var link = $"{portal.TrimEnd('/')}/invitations/accept?token={invited.Value.Token}";
        var sent = !string.IsNullOrWhiteSpace(sendTo) && sendTo.Contains('@', StringComparison.Ordinal)
                   && await messages.InvitationAsync(sendTo.Trim(), invited.Value.Organisation.Name, RoleNames.Of(chosen), link).ConfigureAwait(false);
        return (link, sent);
    }
}
