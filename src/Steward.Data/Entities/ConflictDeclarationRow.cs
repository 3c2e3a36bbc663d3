namespace Steward.Data.Entities;

/// <summary>
/// An evaluator's declaration about one bidder (table <c>conflict_declarations</c>; PA 2023 s.81). A later
/// declaration about the same bidder replaces it (circumstances change); the trail keeps every one. What the interest
/// is stays with the procurement's records, never in the trail.
/// </summary>
public class ConflictDeclarationRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    public string BoxId { get; set; } = string.Empty;

    public string AccountId { get; set; } = string.Empty;

    /// <summary>The bidding supplier organisation.</summary>
    public string SupplierId { get; set; } = string.Empty;

    /// <summary><c>None</c>, <c>Personal</c>, <c>Professional</c> or <c>Financial</c> (InterestKind).</summary>
    public string Interest { get; set; } = "None";

    public string? Description { get; set; }

    public string? Mitigation { get; set; }

    public DateTime DeclaredAt { get; set; }

    string IAuditedRow.AuditSubject => $"box:{BoxId}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["declaredBy"] = AccountId,
        ["supplier"] = SupplierId,
        ["interest"] = Interest,
    };
}
