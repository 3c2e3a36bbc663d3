namespace Steward.Data.Entities;

/// <summary>
/// One real organisation across all releases (table <c>organisations</c>), keyed by its strongest identifier
/// (<c>GB-PPON-…</c>, <c>GB-COH-…</c>) or, without one, by its normalised name and postcode. Its flags are the
/// latest it published. Supplier profiles will hang off this row.
/// </summary>
public class OrganisationRow
{
    public string Id { get; set; } = string.Empty;

    public string? Name { get; set; }

    public string? Scale { get; set; }

    public bool? Vcse { get; set; }

    public bool? ShelteredWorkshop { get; set; }

    public bool? PublicServiceMission { get; set; }

    /// <summary>Its UK_CA_TYPE (else TED_CA_TYPE) classification as published (code or words).</summary>
    public string? BuyerType { get; set; }

    /// <summary>Steward's buyer type (<see cref="Core.Processes.BuyerKinds"/>), for organisations that buy.</summary>
    public string? BuyerKind { get; set; }

    /// <summary>What <see cref="BuyerKind"/> was read from.</summary>
    public string? BuyerKindSource { get; set; }

    public string? PostalCode { get; set; }

    /// <summary>Its first-level UK region (UKC … UKN) from its address region, else its postcode.</summary>
    public string? Region { get; set; }

    /// <summary>What <see cref="Region"/> was read from.</summary>
    public string? RegionSource { get; set; }

    /// <summary>The date of the process the name and flags were last taken from.</summary>
    public DateTime? AsOf { get; set; }

    public List<OrganisationIdentifierRow> Identifiers { get; set; } = [];

    public List<OrganisationNameRow> Names { get; set; } = [];
}
