namespace Steward.Data.Entities;

/// <summary>
/// A proxy-value library an organisation imported (table <c>proxy_libraries</c>): the JSON as Core
/// <c>ProxyLibraryJson</c> reads it, with its source and licence, which every £ resting on it shows.
/// </summary>
public class ProxyLibraryRow : IAuditedRow
{
    public string OrganisationId { get; set; } = string.Empty;

    /// <summary>The library's own id (unique within the organisation).</summary>
    public string LibraryId { get; set; } = string.Empty;

    public string? Name { get; set; }

    public string Source { get; set; } = string.Empty;

    public string Licence { get; set; } = string.Empty;

    public int PriceYear { get; set; }

    /// <summary>The library as imported.</summary>
    public string Json { get; set; } = "{}";

    public DateTime ImportedAt { get; set; }

    string IAuditedRow.AuditSubject => $"proxy-library:{OrganisationId}:{LibraryId}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["source"] = Source,
        ["licence"] = Licence,
    };
}
