namespace Steward.Data.Entities;

/// <summary>
/// A KPI's performance rating for one period (table <c>performance_ratings</c>) on the PA 2023 s.71 scale: Core
/// <c>PerformanceRatings.Code</c> (<c>good</c>, <c>approachingTarget</c>, <c>requiresImprovement</c>, <c>inadequate</c>,
/// <c>other</c>).
/// </summary>
public class PerformanceRatingRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    public string DeliveryContractId { get; set; } = string.Empty;

    public string KpiId { get; set; } = string.Empty;

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public string Rating { get; set; } = string.Empty;

    /// <summary>The buyer's explanation, published with the rating.</summary>
    public string Note { get; set; } = string.Empty;

    /// <summary>Who rated it, as a role and organisation.</summary>
    public string RatedBy { get; set; } = string.Empty;

    public DateTime RatedAt { get; set; }

    string IAuditedRow.AuditSubject => $"delivery:{DeliveryContractId}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["kpi"] = KpiId,
        ["rating"] = Rating,
        ["period"] = $"{PeriodStart:yyyy-MM-dd}/{PeriodEnd:yyyy-MM-dd}",
    };
}
