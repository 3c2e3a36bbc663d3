using Steward.Core.Common;

namespace Steward.Data.Accounts;

/// <summary>The expected failures of accounts, organisations and invitations, with stable codes.</summary>
public static class AccountErrors
{
    public static Error OrganisationNotFound(string id) => new("ORGANISATION_NOT_FOUND", $"organisation: there is no organisation \"{id}\" in Steward's accounts (see `steward accounts organisations`)");

    public static Error AccountNotFound(string id) => new("ACCOUNT_NOT_FOUND", $"account: there is no account \"{id}\"");

    public static Error RoleNotOnSide(string role, string side) => new("ROLE_NOT_ON_SIDE", $"role: a {side} organisation's members cannot be {role}s");

    public static Error IdentifierTaken(string identifier, string name) => new("IDENTIFIER_TAKEN", $"identifier: {identifier} already belongs to the organisation \"{name}\"");

    public static Error BadIdentifier(string identifier) => new("BAD_IDENTIFIER", $"identifier: \"{identifier}\" is not SCHEME-id (e.g. GB-COH-01234567, GB-PPON-ABCD-1234-EFGH)");

    public static Error InvitationUnknown() => new("INVITATION_UNKNOWN", "This invitation link is not one Steward made. Check that the whole link was copied, or ask for a new invitation.");

    public static Error InvitationExpired(DateTimeOffset at) => new("INVITATION_EXPIRED", $"This invitation expired on {at:d MMMM yyyy 'at' HH:mm} UTC. Ask whoever invited you for a new one.");

    public static Error InvitationUsed() => new("INVITATION_USED", "This invitation has already been used: each link works once. Sign in, or ask for a new invitation.");

    public static Error InvitationRevoked() => new("INVITATION_REVOKED", "This invitation was withdrawn. Ask whoever invited you for a new one.");

    public static Error AlreadyMember(string role, string organisation) => new("ALREADY_MEMBER", $"You are already {role} for {organisation}.");
}
