using System.Text.Json.Nodes;
using Steward.Ocds.Upgrading;

namespace Steward.Ocds.Tests.Upgrading;

public sealed class Upgrade10To11Tests
{
    private static JsonObject Upgrade(string json)
    {
        var release = JsonNode.Parse(json)!.AsObject();
        Upgrade10To11.UpgradeRelease(release);
        return release;
    }

    [Fact]
    public void UpgradeRelease_Buyer_BecomesAPartyWithTheBuyerRole()
    {
        // Act
        var release = Upgrade("""{"ocid":"o","id":"1","buyer":{"id":"GB-1","name":"Council","address":{"locality":"Leeds"}}}""");

        // Assert
        var party = Assert.Single(release["parties"]!.AsArray())!;
        Assert.Equal("GB-1", (string?)party["id"]);
        Assert.Equal(["buyer"], party["roles"]!.AsArray().Select(r => (string?)r));
        Assert.Equal("Leeds", (string?)party["address"]!["locality"]);
        Assert.Equal("""{"id":"GB-1","name":"Council"}""", release["buyer"]!.ToJsonString());
        Assert.Equal(["ocid", "id", "parties", "buyer"], release.Select(p => p.Key));
    }

    [Fact]
    public void UpgradeRelease_SameOrganisationInSeveralRoles_IsOnePartyWithEveryRole()
    {
        // Act
        var release = Upgrade("""
            {"ocid":"o","buyer":{"id":"A","name":"A"},
             "tender":{"procuringEntity":{"id":"A","name":"A"},"tenderers":[{"id":"S","name":"S"}]},
             "awards":[{"id":"1","suppliers":[{"id":"S","name":"S"}]}]}
            """);

        // Assert
        var parties = release["parties"]!.AsArray();
        Assert.Equal(["A", "S"], parties.Select(p => (string?)p!["id"]));
        Assert.Equal(["buyer", "procuringEntity"], parties[0]!["roles"]!.AsArray().Select(r => (string?)r));
        Assert.Equal(["supplier", "tenderer"], parties[1]!["roles"]!.AsArray().Select(r => (string?)r).Order());
        Assert.Equal("""{"id":"S","name":"S"}""", release["awards"]![0]!["suppliers"]![0]!.ToJsonString());
        Assert.Equal("""{"id":"A","name":"A"}""", release["tender"]!["procuringEntity"]!.ToJsonString());
    }

    [Fact]
    public void UpgradeRelease_OrganisationWithoutId_GetsOcdsKitsHashId()
    {
        // Arrange: the parts OCDS Kit joins: name, identifier (4), address absent (none), contact (5).
        const string expectedInput = "Met Office-----Mrs X-x@example.org---";

        // Act
        var release = Upgrade("""{"ocid":"o","buyer":{"name":"Met Office","identifier":{"scheme":"","id":"","uri":null,"legalName":null},"contactPoint":{"name":"Mrs X","email":"x@example.org","telephone":""}}}""");

        // Assert
#pragma warning disable CA5351
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(expectedInput)));
#pragma warning restore CA5351
        Assert.Equal(expected, (string?)release["buyer"]!["id"]);
        Assert.Equal(expected, (string?)release["parties"]![0]!["id"]);
    }

    [Fact]
    public void UpgradeRelease_Amendment_BecomesAmendments()
    {
        // Act
        var release = Upgrade("""{"ocid":"o","tender":{"amendment":{"date":"2015-01-01T00:00:00Z","rationale":"R"}},"contracts":[{"id":"c","amendment":{"rationale":"C"},"amendments":[{"rationale":"C"}]}]}""");

        // Assert
        Assert.False(release["tender"]!.AsObject().ContainsKey("amendment"));
        Assert.Equal("R", (string?)release["tender"]!["amendments"]![0]!["rationale"]);
        Assert.Single(release["contracts"]![0]!["amendments"]!.AsArray());
    }

    [Fact]
    public void UpgradeRelease_Transaction_GetsValuePayerAndPayee()
    {
        // Act
        var release = Upgrade("""
            {"ocid":"o","parties":[],"contracts":[{"id":"c","implementation":{"transactions":[
              {"id":"t","amount":{"amount":5,"currency":"GBP"},
               "providerOrganization":{"scheme":"GB-COH","id":"1","legalName":"Payer Ltd"},
               "receiverOrganization":{"scheme":"GB-COH","id":"2","legalName":"Payee Ltd"}}]}}]}
            """);

        // Assert
        var transaction = release["contracts"]![0]!["implementation"]!["transactions"]![0]!.AsObject();
        Assert.Equal(5, (int?)transaction["value"]!["amount"]);
        Assert.False(transaction.ContainsKey("amount"));
        Assert.Equal("Payer Ltd", (string?)transaction["payer"]!["name"]);
        var parties = release["parties"]!.AsArray();
        Assert.Equal(2, parties.Count);
        Assert.Equal(["payer"], parties[0]!["roles"]!.AsArray().Select(r => (string?)r));
        Assert.Equal("GB-COH", (string?)parties[1]!["identifier"]!["scheme"]);
    }

    [Fact]
    public void UpgradeRelease_AlreadyOneOne_IsLeftAlone()
    {
        // Arrange
        const string json = """{"ocid":"o","parties":[{"id":"A","roles":["buyer"],"name":"A"}],"buyer":{"id":"A","name":"A"}}""";

        // Act
        var release = JsonNode.Parse(json)!.AsObject();
        var changed = Upgrade10To11.UpgradeRelease(release);

        // Assert
        Assert.False(changed);
        Assert.Equal(JsonNode.Parse(json)!.ToJsonString(), release.ToJsonString());
    }
}
