using Steward.Core.Accounts;

namespace Steward.Data.Accounts;

/// <summary>
/// An invitation just made: <see cref="Token"/> goes into the link and is shown once (only its hash is kept).
/// </summary>
public sealed record Invitation(string Id, string Token, AccountOrganisation Organisation, Role Role, DateTimeOffset ExpiresAt);
