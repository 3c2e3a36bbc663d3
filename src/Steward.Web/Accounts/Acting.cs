using Steward.Core.Accounts;
using Steward.Data.Accounts;

namespace Steward.Web.Accounts;

/// <summary>
/// Who is signed in and what for: their account id, every membership, the organisation they act for now and its
/// roles, and whether this session was opened with a second factor.
/// </summary>
public sealed record Acting(string AccountId, IReadOnlyList<Membership> Memberships, AccountOrganisation? Organisation, bool SecondFactor)
{
    /// <summary>The roles held in the organisation acted for.</summary>
    public IReadOnlyList<Role> Roles => Organisation is null ? [] : [.. Memberships.Where(m => m.Organisation.Id == Organisation.Id).Select(m => m.Role)];

    /// <summary>
    /// Whether a role held in the organisation acted for grants <paramref name="capability"/>, counting a role that
    /// needs a second factor only when this session was opened with one.
    /// </summary>
    public bool Allows(Capability capability) =>
        Roles.Any(r => Capabilities.Grants(r, capability) && (SecondFactor || !Capabilities.NeedsSecondFactor(r)));

    /// <summary>Whether some role held (anywhere) needs a second factor the session does not have yet.</summary>
    public bool NeedsSecondFactor => !SecondFactor && Memberships.Any(m => Capabilities.NeedsSecondFactor(m.Role));

    /// <summary>How the header shows the person: "Evaluator, Anytown Council" (never a name or an e-mail).</summary>
    public string Shown => Organisation is null ? "Signed in" : ActingParties.Shown(Roles.Count > 0 ? Roles[0] : default, Organisation.Name);

    /// <summary>How changes are kept: the audit trail by account id, histories by role and organisation.</summary>
    public ActingParty Party => new(Actors.Account(AccountId), Shown);
}
