namespace Steward.Data.Entities;

/// <summary>
/// A supplier profile in the register (table <c>supplier_profiles</c>): the profile JSON of docs/suppliers.md as last
/// saved, and the organisation (from published OCDS) it is linked to. No foreign key: profiles outlive imports.
/// </summary>
public class SupplierProfileRow : IAuditedRow
{
    /// <summary>Its strongest identifier (<c>GB-COH-01234567</c>), else <c>name:</c> and its normalised name.</summary>
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? LegalForm { get; set; }

    /// <summary>The organisation (<c>organisations.id</c>) it is linked to, when one is.</summary>
    public string? OrganisationId { get; set; }

    /// <summary>How the link was made: <c>identifier</c> (automatic) or <c>confirmed</c> (a person, after a name suggestion).</summary>
    public string? LinkedBy { get; set; }

    /// <summary>The profile JSON, as saved.</summary>
    public string Profile { get; set; } = string.Empty;

    public int Version { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public List<SupplierProfileIdentifierRow> Identifiers { get; set; } = [];

    string IAuditedRow.AuditSubject => $"profile:{Id}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["version"] = Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["organisation"] = OrganisationId,
        ["linkedBy"] = LinkedBy,
    };
}
