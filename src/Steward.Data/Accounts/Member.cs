using Steward.Core.Accounts;

namespace Steward.Data.Accounts;

/// <summary>One role one person holds in an organisation: the account's id, never its name or e-mail.</summary>
public sealed record Member(string AccountId, Role Role, DateTime AddedAt);
