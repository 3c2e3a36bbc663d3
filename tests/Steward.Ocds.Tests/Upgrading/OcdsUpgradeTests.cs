using System.Text;
using System.Text.Json.Nodes;
using Steward.Ocds.Reading;
using Steward.Ocds.Upgrading;
using Steward.Testing;

namespace Steward.Ocds.Tests.Upgrading;

public sealed class OcdsUpgradeTests
{
    private static List<JsonNode> Rewrite(string text)
    {
        using var reader = new OcdsReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), "input.json");
        using var output = new MemoryStream();
        OcdsUpgrade.Rewrite(reader, output);
        return Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
    }

    [Fact]
    public void Rewrite_Package10WithoutVersion_KeepsItsShapeAndGainsVersion11()
    {
        // Act
        var documents = Rewrite("""{"uri":"u","releases":[{"ocid":"o","id":"1","buyer":{"name":"B","address":{"locality":"L"}}}],"publishedDate":"2015-01-01T00:00:00Z"}""");

        // Assert
        var package = Assert.Single(documents).AsObject();
        Assert.Equal(["uri", "releases", "publishedDate", "version"], package.Select(p => p.Key));
        Assert.Equal("1.1", (string?)package["version"]);
        Assert.Equal("B", (string?)package["releases"]![0]!["parties"]![0]!["name"]);
    }

    [Fact]
    public void Rewrite_Package11_PassesThroughUnchanged()
    {
        // Arrange
        const string text = """{"uri":"u","version":"1.1","releases":[{"ocid":"o","id":"1","buyer":{"id":"b","name":"B"}}]}""";

        // Act
        var documents = Rewrite(text);

        // Assert
        Assert.Equal(JsonNode.Parse(text)!.ToJsonString(), Assert.Single(documents).ToJsonString());
    }

    [Fact]
    public void Rewrite_JsonLinesAndArrays_StayJsonLinesAndArrays()
    {
        // Act
        var documents = Rewrite("""
            {"ocid":"o","id":"1","buyer":{"name":"B","identifier":{"id":"1"}}}
            [{"ocid":"o","id":"2"},{"ocid":"o","id":"3"}]
            """);

        // Assert
        Assert.Equal(2, documents.Count);
        Assert.True(documents[0].AsObject().ContainsKey("parties"));
        Assert.Equal(2, documents[1].AsArray().Count);
    }

    [Fact]
    public void Rewrite_EmptyReleasesArray_IsKept()
    {
        // Act
        var documents = Rewrite("""{"uri":"u","version":"1.1","releases":[]}""");

        // Assert
        Assert.Empty(Assert.Single(documents)["releases"]!.AsArray());
    }

    [Fact]
    public void Rewrite_LegacyContractsFinder_EveryReleaseGetsParties()
    {
        // Arrange
        var path = SharedData.Ocds("contracts-finder/cf-legacy_2014-12_to_2015-02_ocds-1.0_packages.jsonl");
        using var reader = OcdsReader.Open(path);
        using var output = new MemoryStream();

        // Act
        var changed = OcdsUpgrade.Rewrite(reader, output);
        var packages = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();

        // Assert
        Assert.Equal(200, changed);
        Assert.Equal(200, packages.Count);
        Assert.All(packages, p =>
        {
            Assert.Equal("1.1", (string?)p["version"]);
            var release = p["releases"]![0]!;
            Assert.Equal((string?)release["buyer"]!["id"], (string?)release["parties"]![0]!["id"]);
        });
        Assert.All(packages.SelectMany(p => p["releases"]![0]!["parties"]!.AsArray()), party =>
        {
            var contact = party!["contactPoint"] as JsonObject;
            Assert.True(contact is null || !contact.Any(f => f.Key is "name" or "email" or "telephone" or "faxNumber"));
        });
    }
}
