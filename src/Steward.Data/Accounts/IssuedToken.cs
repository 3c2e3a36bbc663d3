namespace Steward.Data.Accounts;

/// <summary>A token just issued: <see cref="Secret"/> is shown once to the admin who issued it; only its SHA-256 is kept.</summary>
public sealed record IssuedToken(ApiToken Token, string Secret);
