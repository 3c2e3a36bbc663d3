namespace Steward.Data.Entities;

/// <summary>The moderated mark for one criterion of one bid (table <c>moderated_scores</c>), with its rationale; the trail records each setting, never the mark.</summary>
public class ModeratedScoreRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    public string BidId { get; set; } = string.Empty;

    public string Criterion { get; set; } = string.Empty;

    public decimal Score { get; set; }

    public string Rationale { get; set; } = string.Empty;

    /// <summary>The moderator's audit actor.</summary>
    public string ModeratedBy { get; set; } = string.Empty;

    public DateTime ModeratedAt { get; set; }

    string IAuditedRow.AuditSubject => $"bid:{BidId}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?> { ["moderated"] = Criterion };
}
