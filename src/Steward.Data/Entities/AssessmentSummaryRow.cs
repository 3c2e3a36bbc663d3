namespace Steward.Data.Entities;

/// <summary>An assessment summary as issued to a supplier (table <c>assessment_summaries</c>): its JSON, kept as given.</summary>
public class AssessmentSummaryRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    public string BoxId { get; set; } = string.Empty;

    public string Lot { get; set; } = string.Empty;

    public string BidId { get; set; } = string.Empty;

    public string SupplierId { get; set; } = string.Empty;

    public string Json { get; set; } = "{}";

    public DateTime IssuedAt { get; set; }

    string IAuditedRow.AuditSubject => $"bid:{BidId}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?> { ["assessmentSummary"] = Lot, ["supplier"] = SupplierId };
}
