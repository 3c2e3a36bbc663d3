namespace Steward.Data.Entities;

/// <summary>
/// A procurement a commissioner designs (table <c>tender_designs</c>): its DESIGN.json (docs/tenders.md) as last
/// saved, and once published the OCID it was published under and the reasons recorded for proceeding past warnings.
/// </summary>
public class TenderDesignRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The buyer organisation (account_organisations.id) whose design it is.</summary>
    public string OrganisationId { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>The design, DESIGN.json.</summary>
    public string Design { get; set; } = "{}";

    /// <summary>The design as last published, exported with its goals (what the public library shows and shares).</summary>
    public string? PublishedDesign { get; set; }

    /// <summary><c>draft</c> or <c>published</c>.</summary>
    public string Status { get; set; } = "draft";

    public string? Ocid { get; set; }

    /// <summary>How many releases it has published: 1 for the tender, one more for each amendment.</summary>
    public int Releases { get; set; }

    /// <summary>The reasons recorded for the warnings it was published with, JSON: [{code, path, reason}].</summary>
    public string Overrides { get; set; } = "[]";

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    string IAuditedRow.AuditSubject => $"design:{Id}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["organisation"] = OrganisationId,
        ["title"] = Title,
        ["status"] = Status,
        ["ocid"] = Ocid,
        ["releases"] = Releases.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
