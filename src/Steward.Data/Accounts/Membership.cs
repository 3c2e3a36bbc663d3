using Steward.Core.Accounts;

namespace Steward.Data.Accounts;

/// <summary>A role a person holds in an organisation.</summary>
public sealed record Membership(AccountOrganisation Organisation, Role Role);
