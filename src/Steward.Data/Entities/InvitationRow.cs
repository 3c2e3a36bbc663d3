namespace Steward.Data.Entities;

/// <summary>
/// An invitation to join an organisation with a role (table <c>invitations</c>). Only the SHA-256 of its link's token
/// is kept; the link works once, before it expires. The invitee's e-mail is not kept.
/// </summary>
public class InvitationRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    public string TokenHash { get; set; } = string.Empty;

    public string OrganisationId { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    /// <summary>Who invited (an audit actor: <c>account:ID</c> or <c>cli:NAME</c>).</summary>
    public string InvitedBy { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? AcceptedAt { get; set; }

    public string? AcceptedBy { get; set; }

    public DateTime? RevokedAt { get; set; }

    string IAuditedRow.AuditSubject => $"invitation:{Id}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["organisation"] = OrganisationId,
        ["role"] = Role,
        ["acceptedBy"] = AcceptedBy,
    };
}
