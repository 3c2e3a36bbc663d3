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
            Identifiers = Identifiers(id, party),
            Scale = details.Text("scale"),
            Vcse = details.Boolean("vcse"),
            ShelteredWorkshop = details.Boolean("shelteredWorkshop"),
            PublicServiceMission = details.Boolean("publicServiceMissionOrganization"),
            BuyerType = BuyerType(details),
            PostalCode = address.Text("postalCode"),
            Region = address.Text("region"),
        };
    }

    /// <summary>
    /// The party's register identifiers: <c>identifier</c> and <c>additionalIdentifiers</c> with a scheme and an
    /// id, and, when it has none, the id Find a Tender gives parties it cannot identify (<c>GB-FTS-…</c>). Ids are
    /// taken as published: the UK normalisation (Steward.Ocds) pads Companies House numbers before facts are read.
    /// </summary>
    private static List<OrganisationIdentifier> Identifiers(string partyId, JsonElement party)
    {
        var identifiers = new[] { party.Field("identifier") }
            .Concat(party.Objects("additionalIdentifiers"))
            .Select(i => (Scheme: i.Text("scheme")?.Trim(), Id: i.Text("id")?.Trim()))
            .Where(i => !string.IsNullOrEmpty(i.Scheme) && !string.IsNullOrEmpty(i.Id))
            .Select(i => new OrganisationIdentifier(i.Scheme!.ToUpperInvariant(), i.Id!))
            .Distinct()
            .ToList();
        if (identifiers.Count == 0 && partyId.StartsWith("GB-FTS-", StringComparison.Ordinal))
        {
            identifiers.Add(new OrganisationIdentifier("GB-FTS", partyId[7..]));
        }

        return identifiers;
    }

    private static string? BuyerType(JsonElement details)
    {
        var classifications = details.Objects("classifications").ToList();
        return classifications.FirstOrDefault(c => c.Text("scheme") == "UK_CA_TYPE").Text("id")
               ?? classifications.FirstOrDefault(c => c.Text("scheme") == "TED_CA_TYPE").Text("id");
    }
}
