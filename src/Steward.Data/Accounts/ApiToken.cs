using Steward.Core.Accounts;

namespace Steward.Data.Accounts;

/// <summary>A machine client's token as the store knows it (never its secret): what it may do, for which organisation, and whether it still works.</summary>
public sealed record ApiToken(string Id, string Name, AccountOrganisation Organisation, IReadOnlyList<Capability> Scopes, string IssuedBy, DateTime IssuedAt,
    DateTime? ExpiresAt, DateTime? RevokedAt)
{
    public bool WorksAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is not { } until || now.UtcDateTime < until);
}
