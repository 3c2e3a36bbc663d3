namespace Steward.Core.Processes;

/// <summary>An organisation as one process publishes it, with the flags it declared there.</summary>
public sealed record PartyFacts
{
    /// <summary>The party's id within the release (<c>parties[].id</c>).</summary>
    public required string PartyId { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Its identifiers (identifier and additionalIdentifiers), normalised.</summary>
    public IReadOnlyList<OrganisationIdentifier> Identifiers { get; init; } = [];

    /// <summary><c>details.scale</c> (micro, sme, small, medium, large, selfEmployed).</summary>
    public string? Scale { get; init; }

    public bool? Vcse { get; init; }

    /// <summary><c>details.shelteredWorkshop</c>: a supported employment provider (PA 2023 s.32).</summary>
    public bool? ShelteredWorkshop { get; init; }

    /// <summary><c>details.publicServiceMissionOrganization</c>: a public service mutual (PA 2023 s.33).</summary>
    public bool? PublicServiceMission { get; init; }

    /// <summary>The buyer type from <c>details.classifications</c> (UK_CA_TYPE, else TED_CA_TYPE): its code, else its words.</summary>
    public string? BuyerType { get; init; }

    /// <summary>The buyer's main activity from <c>details.classifications</c> (COFOG): its code, else its words.</summary>
    public string? Activity { get; init; }

    /// <summary>The party acts for the public sector here: its roles include buyer, procuringEntity or centralPurchasingBody.</summary>
    public bool IsPublicBody => Roles.Any(r => r is "buyer" or "procuringEntity" or "centralPurchasingBody");

    public string? PostalCode { get; init; }

    /// <summary><c>address.country</c> (UK extension, a code), else <c>address.countryName</c>.</summary>
    public string? Country { get; init; }

    public string? Region { get; init; }
}
