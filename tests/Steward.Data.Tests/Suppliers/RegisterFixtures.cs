using System.Text.Json;
using Steward.Core.Suppliers;

namespace Steward.Data.Tests.Suppliers;

/// <summary>Published releases and profiles the register tests share.</summary>
internal static class RegisterFixtures
{
    public const string Buyer = "GB-PPON-BUYR-0001-AAAA";
    public const string Supplier = "GB-COH-01234567";

    /// <summary>
    /// A process of <see cref="Buyer"/> whose lot 1 is reserved (OCDS <paramref name="reserved"/>) for CPV
    /// <paramref name="cpv"/>, awarded to the supplier (published VCSE: <paramref name="vcse"/>) with a contract signed on <paramref name="signed"/>.
    /// </summary>
    public static string Release(string ocid, string signed, string cpv = "85312000", string reserved = "publicServiceMissionOrganization",
        string buyer = Buyer, bool vcse = true, double value = 500_000) =>
        """
        {"ocid":"@ocid","id":"@ocid-1","date":"@signedT00:00:00Z","tag":["award","contract"],
         "buyer":{"id":"@buyer","name":"Anytown Council"},
         "parties":[
           {"id":"@buyer","name":"Anytown Council","roles":["buyer"],"identifier":{"scheme":"GB-PPON","id":"@ppon"}},
           {"id":"@supplier","name":"Brightwork CIC","roles":["supplier"],"identifier":{"scheme":"GB-COH","id":"01234567"},"details":{"scale":"sme","vcse":@vcse}}],
         "tender":{"id":"t","title":"Community support","classification":{"scheme":"CPV","id":"@cpv"},
           "lots":[{"id":"1","title":"Lot 1","otherRequirements":{"reservedParticipation":["@reserved"]}}]},
         "awards":[{"id":"a1","status":"active","date":"@signedT00:00:00Z","value":{"amount":@value,"currency":"GBP"},
           "suppliers":[{"id":"@supplier","name":"Brightwork CIC"}],"relatedLots":["1"]}],
         "contracts":[{"id":"c1","awardID":"a1","dateSigned":"@signedT00:00:00Z","period":{"startDate":"@signedT00:00:00Z","endDate":"2030-12-31T00:00:00Z"}}]}
        """.ReplaceLineEndings(string.Empty)
            .Replace("@ocid", ocid, StringComparison.Ordinal).Replace("@signed", signed, StringComparison.Ordinal)
            .Replace("@buyer", buyer, StringComparison.Ordinal).Replace("@ppon", buyer[8..], StringComparison.Ordinal)
            .Replace("@supplier", Supplier, StringComparison.Ordinal).Replace("@vcse", vcse ? "true" : "false", StringComparison.Ordinal)
            .Replace("@cpv", cpv, StringComparison.Ordinal).Replace("@reserved", reserved, StringComparison.Ordinal)
            .Replace("@value", value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>A public service mutual's profile (unpadded Companies House number, as people type it).</summary>
    public const string MutualJson = """
        {"name":"Brightwork CIC","identifiers":[{"scheme":"GB-COH","id":"1234567"}],"legalForm":"cic-guarantee",
         "publicServiceMission":true,"notForProfit":true,"employeeControlled":true,"publicBodyControlled":false,
         "employees":40,"disabledOrDisadvantagedWorkers":6,"mainActivityCpv":["85312000"],
         "accounts":[{"year":2025,"turnover":1800000,"tradingIncome":1500000,"grantIncome":300000,"surplus":90000,"distributedToOwners":0,"reinvestedInMission":90000,"balanceSheetTotal":700000}]}
        """;

    public static (JsonDocument Document, SupplierProfile Profile) Profile(string json)
    {
        var document = JsonDocument.Parse(json);
        var read = SupplierProfileJson.Read(document.RootElement);
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        return (document, read.Profile!);
    }

    /// <summary>The profile with one field set to a new JSON value.</summary>
    public static string With(string json, string field, string value)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node[field] = System.Text.Json.Nodes.JsonNode.Parse(value);
        return node.ToJsonString();
    }
}
