namespace Steward.Data.Entities;

/// <summary>
/// The conflicts assessment of a procurement (table <c>conflicts_assessments</c>; PA 2023 s.83): prepared before the
/// tender notice, revised as declarations come in and before the award notice. Each version is a row of its own.
/// </summary>
public class ConflictsAssessmentRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The design (tender_designs.id) it is for.</summary>
    public string DesignId { get; set; } = string.Empty;

    /// <summary><c>prepared</c> or <c>revised</c>.</summary>
    public string Kind { get; set; } = "prepared";

    /// <summary>The conflicts and potential conflicts identified, and the steps taken about each.</summary>
    public string Statement { get; set; } = string.Empty;

    public DateTime RecordedAt { get; set; }

    string IAuditedRow.AuditSubject => $"design:{DesignId}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?> { ["conflictsAssessment"] = Kind };
}
