using System.Text.Json;
using System.Text.Json.Nodes;
using Steward.Core.Tenders;

namespace Steward.Core.Tests.Tenders;

/// <summary>
/// A council's two-lot care design that passes every check as of 2 December 2026, changed one fact at a time by the
/// checker tests (JSON, so the reader is exercised too).
/// </summary>
internal static class DesignFixture
{
    public static readonly DateOnly Today = new(2026, 12, 2);

    public const string Json = """
        {
          "title": "Community support and day opportunities",
          "buyer": {"id": "GB-PPON-COUNCIL", "name": "Example Borough Council", "socialValueModel": "ppn002"},
          "value": 4000000, "cpv": ["85312000"], "contractType": "services", "procedure": "competitiveFlexible",
          "tenderPeriod": {"startDate": "2026-12-07", "endDate": "2027-01-11"},
          "goals": [
            {"id": "local-jobs", "title": "Good local jobs in care", "owner": "GB-PPON-COUNCIL", "status": "active",
             "measures": [{"id": "local-hires", "name": "Local residents hired", "unit": "people", "direction": "increase"}]}
          ],
          "lots": [
            {"id": "1", "title": "Support at home", "value": 2500000,
             "contractPeriod": {"startDate": "2027-04-01", "endDate": "2030-03-31"},
             "scale": {"max": 5, "descriptors": [{"score": 0, "text": "Unacceptable"}, {"score": 5, "text": "Excellent"}]},
             "criteria": [
               {"id": "price", "type": "price", "weight": 40},
               {"id": "quality", "type": "quality", "weight": 50, "subCriteria": [
                 {"id": "q1", "title": "Person-centred support", "weight": 30, "minimumScore": 2},
                 {"id": "q2", "title": "Workforce", "weight": 20}]},
               {"id": "sv", "type": "socialValue", "weight": 10, "goals": ["local-jobs"], "measures": ["local-hires"]}
             ],
             "priceMethod": {"formula": "F4", "floor": 1500000, "ceiling": 3000000}, "qualityThreshold": 50, "tieBreak": "higherQuality"},
            {"id": "2", "title": "Day opportunities", "value": 1500000, "reservedParticipation": "publicServiceMissionOrganization",
             "contractPeriod": {"startDate": "2027-04-01", "endDate": "2032-03-31"},
             "criteria": [
               {"id": "price", "type": "price", "weight": 30},
               {"id": "quality", "type": "quality", "weight": 50},
               {"id": "sv", "type": "socialValue", "weight": 20, "goals": ["ppn002:1", "local-jobs"], "measures": ["local-hires"]}
             ],
             "priceMethod": {"formula": "F4", "floor": 900000, "ceiling": 1800000}, "tieBreak": "lowerPrice"}
          ]
        }
        """;

    /// <summary>The design after <paramref name="change"/>, read as the CLI reads it; a reading error fails the test.</summary>
    public static TenderDesign Design(Action<JsonObject>? change = null)
    {
        var node = JsonNode.Parse(Json)!.AsObject();
        change?.Invoke(node);
        using var document = JsonDocument.Parse(node.ToJsonString());
        var (design, errors) = TenderDesignJson.Read(document.RootElement);
        Assert.Empty(errors);
        return design;
    }

    public static IReadOnlyList<DesignFinding> Check(Action<JsonObject>? change = null, DateOnly? today = null) =>
        DesignChecker.Check(Design(change), new DesignCheckSettings(today ?? Today));

    public static JsonObject Lot(JsonObject design, int index) => design["lots"]![index]!.AsObject();

    public static JsonObject Criterion(JsonObject design, int lot, int index) => Lot(design, lot)["criteria"]![index]!.AsObject();

    public static IReadOnlyList<string> Codes(IReadOnlyList<DesignFinding> findings) => [.. findings.Select(f => f.Code)];
}
