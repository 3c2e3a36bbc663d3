namespace Steward.Data.Entities;

/// <summary>
/// A token a machine client of the write API presents (table <c>api_tokens</c>), issued by an admin: scoped to what it
/// may do and to the organisation it acts for, revocable, and kept only as the SHA-256 of its secret.
/// </summary>
public class ApiTokenRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    /// <summary>What it is for, e.g. "Council's contract register sync" (no personal data).</summary>
    public string Name { get; set; } = string.Empty;

    public string SecretHash { get; set; } = string.Empty;

    public string OrganisationId { get; set; } = string.Empty;

    /// <summary>Capability names it carries (Core.Accounts.Capability), space-separated.</summary>
    public string Scopes { get; set; } = string.Empty;

    public string IssuedBy { get; set; } = string.Empty;

    public DateTime IssuedAt { get; set; }

    public DateTime? ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    string IAuditedRow.AuditSubject => $"token:{Id}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["name"] = Name,
        ["organisation"] = OrganisationId,
        ["scopes"] = Scopes,
    };
}
