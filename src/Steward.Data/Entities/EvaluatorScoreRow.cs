namespace Steward.Data.Entities;

/// <summary>
/// One evaluator's mark for one criterion of one bid (table <c>evaluator_scores</c>). Never changed or removed once
/// written (the store refuses, as it does for the audit trail). The trail records that it was given, never the mark.
/// </summary>
public class EvaluatorScoreRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    public string BidId { get; set; } = string.Empty;

    public string Criterion { get; set; } = string.Empty;

    public string AccountId { get; set; } = string.Empty;

    public decimal Score { get; set; }

    public string Rationale { get; set; } = string.Empty;

    public DateTime SubmittedAt { get; set; }

    string IAuditedRow.AuditSubject => $"bid:{BidId}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?> { ["criterion"] = Criterion, ["markedBy"] = AccountId };
}
