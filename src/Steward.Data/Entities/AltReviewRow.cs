namespace Steward.Data.Entities;

/// <summary>
/// A possibly abnormally low price put to its supplier (table <c>alt_reviews</c>; PA 2023 s.19(4)): the flag, the
/// question, the supplier's explanation and the buyer's decision with its reason.
/// </summary>
public class AltReviewRow : IAuditedRow
{
    public string BidId { get; set; } = string.Empty;

    public string Flag { get; set; } = string.Empty;

    public DateTime? AskedAt { get; set; }

    public string? Explanation { get; set; }

    public DateTime? ExplainedAt { get; set; }

    /// <summary><c>Accepted</c> or <c>Disregarded</c> (AltDecision), once decided.</summary>
    public string? Decision { get; set; }

    public string? DecisionReason { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAt { get; set; }

    string IAuditedRow.AuditSubject => $"bid:{BidId}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["abnormallyLow"] = AskedAt is null ? "flagged" : Explanation is null ? "asked" : "explained",
        ["decision"] = Decision,
    };
}
