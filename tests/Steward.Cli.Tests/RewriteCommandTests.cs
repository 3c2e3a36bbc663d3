using System.Text.Json.Nodes;
using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

public sealed class RewriteCommandTests
{
    [Fact]
    public async Task Upgrade_LegacyFile_WritesOneOnePackagesLineByLine()
    {
        // Act
        var result = await Run("upgrade", SharedData.Ocds("contracts-finder/cf-legacy_2014-12_to_2015-02_ocds-1.0_packages.jsonl"));

        // Assert
        Assert.Equal(0, result.Exit);
        var packages = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(200, packages.Count);
        Assert.All(packages, p => Assert.Equal("1.1", (string?)p["version"]));
        Assert.Contains("200 releases or records upgraded", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Normalise_WithChanges_WritesTheCleanDataAndTheChangeLog()
    {
        // Arrange
        using var folder = new TempFolder();
        var changes = folder.File("changes.jsonl");
        const string release = """{"ocid":"ocds-abc123-1","id":"1","date":"2024-01-01","parties":[{"id":"s","identifier":{"scheme":"GB-COH","id":"123456"},"details":{"scale":"SME"}}]}""";

        // Act
        var result = await RunWithInput(release, "normalise", "-", "--changes", changes);

        // Assert
        Assert.Equal(0, result.Exit);
        var clean = JsonNode.Parse(result.Out)!;
        Assert.Equal("2024-01-01T00:00:00+00:00", (string?)clean["date"]);
        Assert.Equal("00123456", (string?)clean["parties"]![0]!["identifier"]!["id"]);
        var log = File.ReadAllLines(changes).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(["bare-date", "scale-variant", "companies-house-number"], log.Select(c => (string?)c["rule"]));
        Assert.Equal("parties/0/details/scale", (string?)log[1]["path"]);
        Assert.Contains("bare-date 1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detect_EachShape_IsNamed()
    {
        // Act
        var result = await Run("detect",
            SharedData.Ocds("fts/fts_2021-07_to_2021-09_PCR2015_tender-releases_part-A.json"),
            SharedData.Ocds("devolved/sell2wales_2025-02_releases.jsonl"),
            SharedData.Ocds("other-publishers/mx-sfp_record-package-1-2.json"));

        // Assert
        Assert.Equal(0, result.Exit);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(": array; 5 releases, 0 records", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(": 89 documents (JSON Lines or concatenated JSON) of release; 89 releases, 0 records", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(": record package; 0 releases, 2 records", lines[2], StringComparison.Ordinal);
    }
}
