using System.Text;
using System.Text.Json.Nodes;
using Steward.Ocds.Compiling;
using Steward.Ocds.Merging;
using Steward.Ocds.Reading;
using static Steward.Ocds.Tests.Compiling.CompileHarness;

namespace Steward.Ocds.Tests.Compiling;

public sealed class OcdsCompilerTests
{
    [Fact]
    public void WriteReleases_ReleasesFromSeveralDocuments_OneCompiledReleasePerOcid()
    {
        // Arrange
        const string text = """
            {"ocid":"ocds-abc123-2","id":"1","date":"2024-01-01T00:00:00Z","tag":["tender"],"tender":{"title":"B"}}
            {"uri":"u","version":"1.1","releases":[{"ocid":"ocds-abc123-1","id":"1","date":"2024-01-01T00:00:00Z","tag":["tender"],"tender":{"title":"A"}},
                                                   {"ocid":"ocds-abc123-2","id":"2","date":"2024-02-01T00:00:00Z","tag":["award"],"awards":[{"id":"a"}]}]}
            """;

        // Act
        var (compiled, compiler) = CompileText(text);

        // Assert
        Assert.Equal(["ocds-abc123-1", "ocds-abc123-2"], compiled.Select(c => (string?)c["ocid"]));
        Assert.Equal("B", (string?)compiled[1]["tender"]!["title"]);
        Assert.Single(compiled[1]["awards"]!.AsArray());
        Assert.Empty(compiler.Problems);
    }

    [Fact]
    public void Read_ReleaseWithoutOcid_IsLeftOutAsAnError()
    {
        // Act
        var (compiled, compiler) = CompileText("""{"releases":[{"id":"1","date":"2024-01-01T00:00:00Z"},{"ocid":"ocds-abc123-1","id":"2","date":"2024-01-01T00:00:00Z"}]}""");

        // Assert
        Assert.Single(compiled);
        var problem = Assert.Single(compiler.Problems);
        Assert.Equal("release-without-ocid", problem.Code);
        Assert.Equal("releases[0]", problem.Location!.JsonPath);
    }

    [Fact]
    public void Read_RecordWithEmbeddedReleases_CompilesThem()
    {
        // Act
        var (compiled, _) = CompileText("""
            {"records":[{"ocid":"ocds-abc123-1","releases":[
              {"ocid":"ocds-abc123-1","id":"1","date":"2024-01-01T00:00:00Z","tag":["tender"],"tender":{"status":"active"}},
              {"ocid":"ocds-abc123-1","id":"2","date":"2024-03-01T00:00:00Z","tag":["tenderUpdate"],"tender":{"status":"complete"}}],
              "compiledRelease":{"ocid":"ocds-abc123-1","tender":{"status":"stale"}}}]}
            """);

        // Assert
        Assert.Equal("complete", (string?)Assert.Single(compiled)["tender"]!["status"]);
    }

    [Fact]
    public void Read_RecordWithLinkedReleasesOnly_UsesItsCompiledReleaseAndWarns()
    {
        // Act
        var (compiled, compiler) = CompileText("""
            {"records":[{"ocid":"ocds-abc123-1","releases":[{"url":"https://example.org/p.json#1","date":"2024-01-01T00:00:00Z","tag":["tender"]}],
              "compiledRelease":{"ocid":"ocds-abc123-1","id":"x","date":"2024-01-01T00:00:00Z","tag":["compiled"],"tender":{"status":"active"}}}]}
            """);

        // Assert
        Assert.Equal("active", (string?)Assert.Single(compiled)["tender"]!["status"]);
        Assert.Equal("record-linked-releases-only", Assert.Single(compiler.Problems).Code);
    }

    [Fact]
    public void WriteReleases_ContactPoints_LoseOfficialsPersonalData()
    {
        // Act
        var (compiled, _) = CompileText("""
            {"ocid":"ocds-abc123-1","id":"1","date":"2024-01-01T00:00:00Z","tag":["tender"],
             "parties":[{"id":"p","name":"Council","roles":["buyer"],"contactPoint":{"name":"Jo Bloggs","email":"jo@example.gov.uk","telephone":"0113","faxNumber":"0114","url":"https://example.gov.uk"},
                         "additionalContactPoints":[{"name":"Sam","email":"sam@example.gov.uk"}]}]}
            """);

        // Assert
        var party = compiled[0]["parties"]![0]!.AsObject();
        Assert.Equal("""{"url":"https://example.gov.uk"}""", party["contactPoint"]!.ToJsonString());
        Assert.Equal("[{}]", party["additionalContactPoints"]!.ToJsonString());
        Assert.Equal("Council", (string?)party["name"]);
    }

    [Fact]
    public void WriteReleases_Ocds10Input_IsUpgradedFirst()
    {
        // Act
        var (compiled, _) = CompileText("""
            {"uri":"u","releases":[{"ocid":"ocds-abc123-1","id":"1","date":"2015-01-01T00:00:00Z","tag":["tender"],
              "buyer":{"name":"Met Office","identifier":{"scheme":"GB-COH","id":"1"}}}]}
            """);

        // Assert
        var party = Assert.Single(compiled[0]["parties"]!.AsArray())!;
        Assert.Equal(["buyer"], party["roles"]!.AsArray().Select(r => (string?)r));
        Assert.Equal((string?)party["id"], (string?)compiled[0]["buyer"]!["id"]);
    }

    [Fact]
    public void WriteRecordPackage_LinkedReleases_PointIntoTheirPackage()
    {
        // Arrange
        var compiler = new OcdsCompiler(new CompileOptions { LinkedReleases = true, Versioned = true });
        using (var reader = new OcdsReader(new MemoryStream(Encoding.UTF8.GetBytes("""
                   {"uri":"https://example.org/p.json","version":"1.1","publisher":{"name":"P"},"license":"L","extensions":["https://example.org/e/extension.json"],
                    "releases":[{"ocid":"ocds-abc123-1","id":"r1","date":"2024-01-01T00:00:00Z","tag":["tender"],"tender":{"title":"T"}}]}
                   """)), "input.json"))
        {
            compiler.Read(reader);
        }

        using var output = new MemoryStream();

        // Act
        compiler.WriteRecordPackage(output, new RecordPackageHeader("https://example.org/records.json", "2024-05-01T00:00:00Z"), MergeRules.Ocds11);
        var package = JsonNode.Parse(Encoding.UTF8.GetString(output.ToArray()))!.AsObject();

        // Assert
        Assert.Equal("P", (string?)package["publisher"]!["name"]);
        Assert.Equal("L", (string?)package["license"]);
        Assert.Equal(["https://example.org/p.json"], package["packages"]!.AsArray().Select(p => (string?)p));
        Assert.Equal(["https://example.org/e/extension.json"], package["extensions"]!.AsArray().Select(p => (string?)p));
        var record = Assert.Single(package["records"]!.AsArray())!;
        Assert.Equal("https://example.org/p.json#r1", (string?)record["releases"]![0]!["url"]);
        Assert.Equal("T", (string?)record["compiledRelease"]!["tender"]!["title"]);
        Assert.Equal("T", (string?)record["versionedRelease"]!["tender"]!["title"]![0]!["value"]);
        compiler.Dispose();
    }
}
