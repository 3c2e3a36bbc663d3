using Steward.Core.Accounts;

namespace Steward.Data.Accounts;

/// <summary>An invitation that can still be accepted: what it offers, and until when.</summary>
public sealed record PendingInvitation(string Id, AccountOrganisation Organisation, Role Role, DateTimeOffset ExpiresAt);
