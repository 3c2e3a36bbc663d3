using System.Text.Json;

namespace Steward.Core.Processes;

/// <summary>Reads the parties of a (compiled) release with their identifiers and published flags.</summary>
public static class PartiesReader
{
    /// <summary>Every party with an id, once.</summary>
    public static IReadOnlyList<PartyFacts> Read(JsonElement release) =>
        release.Objects("parties")
            .Select(party => (Id: party.Text("id"), Party: party))
            .Where(p => p.Id is not null)
            .DistinctBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => Facts(p.Id!, p.Party))
            .ToList();

    private static PartyFacts Facts(string id, JsonElement party)
    {
        var details = party.Field("details");
        var address = party.Field("address");
        return new PartyFacts
        {
            PartyId = id,
            Name = party.Text("name") ?? party.Field("identifier").Text("legalName"),
            Roles = party.Strings("roles"),
            Identifiers = Identifiers(party),
            Scale = details.Text("scale"),
            Vcse = details.Boolean("vcse"),
            ShelteredWorkshop = details.Boolean("shelteredWorkshop"),
            PublicServiceMission = details.Boolean("publicServiceMissionOrganization"),
            BuyerType = Classification(details, "UK_CA_TYPE", "TED_CA_TYPE"),
            Activity = Classification(details, "COFOG"),
            PostalCode = address.Text("postalCode"),
            Country = address.Text("country") ?? address.Text("countryName"),
            Region = address.Text("region"),
        };
    }

    /// <summary>
    /// The party's identifiers: <c>identifier</c> and <c>additionalIdentifiers</c> with a scheme and an id. Ids are
    /// taken as published: the UK normalisation (Steward.Ocds) pads Companies House numbers before facts are read.
    /// The party's own <c>id</c> (<c>1</c>, <c>org-7</c>, <c>GB-FTS-…</c>) is local to the release or the publisher and
    /// is not an identifier (<see cref="OrganisationKeys"/>).
    /// </summary>
    private static List<OrganisationIdentifier> Identifiers(JsonElement party) =>
        new[] { party.Field("identifier") }
            .Concat(party.Objects("additionalIdentifiers"))
            .Select(i => (Scheme: i.Text("scheme")?.Trim(), Id: i.Text("id")?.Trim()))
            .Where(i => !string.IsNullOrEmpty(i.Scheme) && !string.IsNullOrEmpty(i.Id))
            .Select(i => new OrganisationIdentifier(i.Scheme!.ToUpperInvariant(), i.Id!))
            .Distinct()
            .ToList();

    /// <summary>The first classification in <paramref name="schemes"/> order: its code, else its words (publishers write either).</summary>
    private static string? Classification(JsonElement details, params string[] schemes)
    {
        var classifications = details.Objects("classifications").ToList();
        return schemes
            .Select(scheme => classifications.FirstOrDefault(c => string.Equals(c.Text("scheme"), scheme, StringComparison.OrdinalIgnoreCase)))
            .Where(c => c.ValueKind == JsonValueKind.Object)
            .Select(c => c.Text("id")?.Trim() ?? c.Text("description")?.Trim())
            .FirstOrDefault(text => !string.IsNullOrEmpty(text));
    }
}
