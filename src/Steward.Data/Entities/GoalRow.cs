namespace Steward.Data.Entities;

/// <summary>
/// A buyer organisation's goal (table <c>goals</c>): what it wants its spending to achieve, a Social Value Model
/// outcome or a local priority, with the measures it tracks (JSON). Public.
/// </summary>
public class GoalRow : IAuditedRow
{
    /// <summary>The buyer organisation (account_organisations.id) that owns it.</summary>
    public string OrganisationId { get; set; } = string.Empty;

    /// <summary>The goal's id, unique within its owner (e.g. <c>local-jobs</c>); criteria name it.</summary>
    public string Key { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    /// <summary>The Social Value Model outcome it adopts (<c>ppn002:1</c>); null for a local priority.</summary>
    public string? Outcome { get; set; }

    public DateOnly? PeriodStart { get; set; }

    public DateOnly? PeriodEnd { get; set; }

    /// <summary><c>draft</c>, <c>active</c>, <c>achieved</c> or <c>retired</c>.</summary>
    public string Status { get; set; } = "active";

    /// <summary>The measures, JSON: [{id, name, unit, direction}].</summary>
    public string Measures { get; set; } = "[]";

    public DateTime UpdatedAt { get; set; }

    string IAuditedRow.AuditSubject => $"goal:{OrganisationId}/{Key}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["title"] = Title,
        ["outcome"] = Outcome,
        ["status"] = Status,
    };
}
