namespace Steward.Data.Entities;

/// <summary>
/// A supplier's report against a KPI for one period (table <c>delivery_reports</c>; Core <c>DeliveryReport</c>), and
/// the buyer's decision on it: <c>Submitted</c>, <c>Verified</c>, <c>Queried</c> or <c>Rejected</c>, by a role and
/// organisation (never a person's name), with the reason.
/// </summary>
public class DeliveryReportRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    public string DeliveryContractId { get; set; } = string.Empty;

    public string KpiId { get; set; } = string.Empty;

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public decimal Value { get; set; }

    public string Unit { get; set; } = string.Empty;

    /// <summary>What the supplier says was done (kept out of the audit trail: it may name people).</summary>
    public string Narrative { get; set; } = string.Empty;

    /// <summary>Core <c>ReportStatus</c>'s name.</summary>
    public string Status { get; set; } = "Submitted";

    /// <summary>Who submitted it, as a role and organisation.</summary>
    public string SubmittedBy { get; set; } = string.Empty;

    public DateTime SubmittedAt { get; set; }

    /// <summary>How many times the supplier has corrected it after a query.</summary>
    public int Corrections { get; set; }

    /// <summary>Who decided last, as a role and organisation ("Verifier, Anytown Council").</summary>
    public string? DecidedBy { get; set; }

    public DateTime? DecidedAt { get; set; }

    /// <summary>The decision's reason (a query's question, a rejection's ground).</summary>
    public string? Reason { get; set; }

    string IAuditedRow.AuditSubject => $"delivery-report:{Id}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["contract"] = DeliveryContractId,
        ["kpi"] = KpiId,
        ["period"] = $"{PeriodStart:yyyy-MM-dd}/{PeriodEnd:yyyy-MM-dd}",
        ["status"] = Status,
        ["decidedBy"] = DecidedBy,
    };
}
