namespace Steward.Data.Entities;

/// <summary>A person's role in an organisation (table <c>memberships</c>); a person may hold several, in several organisations.</summary>
public class MembershipRow : IAuditedRow
{
    public long Id { get; set; }

    public string AccountId { get; set; } = string.Empty;

    public string OrganisationId { get; set; } = string.Empty;

    /// <summary>A role's name (Core.Accounts.RoleNames): commissioner, evaluator, supplier, verifier or admin.</summary>
    public string Role { get; set; } = string.Empty;

    public DateTime AddedAt { get; set; }

    string IAuditedRow.AuditSubject => $"organisation:{OrganisationId}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["account"] = AccountId,
        ["role"] = Role,
    };
}
