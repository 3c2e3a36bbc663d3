namespace Steward.Data.Entities;

/// <summary>
/// A supplier's own edit of its register profile (table <c>profile_drafts</c>), one per supplier organisation: saved
/// as often as it likes, and copied into the register only when submitted.
/// </summary>
public class ProfileDraftRow : IAuditedRow
{
    /// <summary>The supplier organisation (account_organisations.id) whose draft it is.</summary>
    public string OrganisationId { get; set; } = string.Empty;

    /// <summary>The profile JSON (docs/suppliers.md), as last saved.</summary>
    public string Draft { get; set; } = "{}";

    public DateTime SavedAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    string IAuditedRow.AuditSubject => $"organisation:{OrganisationId}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["submitted"] = SubmittedAt is null ? null : "yes",
    };
}
