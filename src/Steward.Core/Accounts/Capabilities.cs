namespace Steward.Core.Accounts;

/// <summary>
/// Roles and what they allow, as data: the one place a grant is decided. The portal's policies, the route-by-role
/// test and docs/accounts.md all read this table.
/// </summary>
public static class Capabilities
{
    private static readonly Dictionary<Role, Capability[]> Table = new()
    {
        [Role.Commissioner] = [Capability.UseAccount, Capability.InviteMembers, Capability.DesignTenders, Capability.RunEvaluation, Capability.ManageDelivery, Capability.VerifyDelivery],
        [Role.Evaluator] = [Capability.UseAccount, Capability.ScoreBids],
        [Role.Supplier] = [Capability.UseAccount, Capability.EditSupplierProfile, Capability.SubmitBids, Capability.ReportDelivery],
        [Role.Verifier] = [Capability.UseAccount, Capability.VerifyEvidence, Capability.VerifyDelivery],
        [Role.Admin] = [Capability.UseAccount, Capability.ManageInstance, Capability.InviteMembers, Capability.ReadAuditTrail],
    };

    /// <summary>Whether <paramref name="role"/> grants <paramref name="capability"/>.</summary>
    public static bool Grants(Role role, Capability capability) => GrantsOf(role).Contains(capability);

    /// <summary>Everything <paramref name="role"/> grants.</summary>
    public static IReadOnlyList<Capability> GrantsOf(Role role) =>
        Table.TryGetValue(role, out var granted) ? granted : [];

    /// <summary>
    /// Whether holding <paramref name="role"/> requires a second factor at sign-in: the roles that can see confidential
    /// material (bids before opening, scores before moderation, open-book costs, register evidence) do.
    /// </summary>
    public static bool NeedsSecondFactor(Role role) => role is Role.Commissioner or Role.Evaluator or Role.Verifier or Role.Admin;

    /// <summary>The side an organisation must be on for its members to hold <paramref name="role"/>.</summary>
    public static OrganisationSide SideOf(Role role) => role switch
    {
        Role.Commissioner or Role.Evaluator => OrganisationSide.Buyer,
        Role.Supplier => OrganisationSide.Supplier,
        Role.Verifier => OrganisationSide.Verification,
        _ => OrganisationSide.Instance,
    };

    /// <summary>
    /// Whether a member of an organisation on <paramref name="side"/> may hold <paramref name="role"/>. A buyer's own
    /// team may verify evidence too (a council checks its local suppliers' evidence), so verifiers sit on either.
    /// </summary>
    public static bool Allows(OrganisationSide side, Role role) =>
        SideOf(role) == side || (role == Role.Verifier && side == OrganisationSide.Buyer);
}
