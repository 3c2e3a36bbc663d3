namespace Steward.Data.Entities;

/// <summary>An evaluator on a procurement's panel (table <c>panel_members</c>), added by the commissioner running it.</summary>
public class PanelMemberRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    public string BoxId { get; set; } = string.Empty;

    /// <summary>The evaluator's account (accounts.id).</summary>
    public string AccountId { get; set; } = string.Empty;

    public DateTime AddedAt { get; set; }

    string IAuditedRow.AuditSubject => $"box:{BoxId}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?> { ["panelMember"] = AccountId };
}
