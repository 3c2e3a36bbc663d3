using System.Text.Json.Nodes;
using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

public sealed class DemoAndFetchCommandTests
{
    [Fact]
    public async Task Demo_IntoTheDefaultDatabase_GivesAWorkingStore()
    {
        // Arrange
        using var folder = new TempFolder();
        var db = folder.File("steward.db");

        // Act
        var demo = await RunWith(string.Empty, name => name == "STEWARD_DB" ? db : null, "demo", "--releases", "600", "--seed", "3");
        var stats = await Run("stats", "--db", db, "--json");

        // Assert
        Assert.Equal(0, demo.Exit);
        Assert.Contains("600 synthetic releases", demo.Error, StringComparison.Ordinal);
        var json = JsonNode.Parse(stats.Out)!;
        Assert.Equal(600, (int?)json["releases"]);
        Assert.True((int?)json["awards"] > 0);
        Assert.True((int?)json["suppliers"] > 0);
    }

    [Fact]
    public async Task Demo_ToStandardOutput_IsJsonLinesOfSyntheticReleases()
    {
        // Act
        var result = await Run("demo", "-n", "25", "-o", "-");

        // Assert
        Assert.Equal(0, result.Exit);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(25, lines.Length);
        Assert.All(lines, line => Assert.True((bool)JsonNode.Parse(line)!["synthetic"]!));
    }

    [Theory]
    [InlineData(new[] { "demo", "--output", "x.jsonl", "--db", "x.db" }, "either --output or --db")]
    [InlineData(new[] { "demo", "--releases", "0" }, "--releases")]
    [InlineData(new[] { "fetch", "fts" }, "--from")]
    [InlineData(new[] { "fetch", "fts", "--from", "yesterday" }, "not a date")]
    [InlineData(new[] { "fetch", "contracts-finder", "--from", "2025-02-01", "--to", "2025-01-01" }, "--to must be after --from")]
    [InlineData(new[] { "fetch", "fts", "--from", "2025-02-01", "--base-url", "not a url" }, "not an absolute URL")]
    public async Task Run_BadArguments_ExitTwoSayingWhy(string[] args, string expected)
    {
        // Act
        var result = await Run(args);

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchFts_AgainstAServerThatFails_SaysSoAndExitsTwo()
    {
        // Arrange
        using var folder = new TempFolder();
        using var server = new LocalHttpServer(_ => new HttpReply(400, "bad request"u8.ToArray()));

        // Act
        var result = await Run("fetch", "fts", "--from", "2026-09-03", "--to", "2026-09-04", "--db", folder.File("steward.db"),
            "--base-url", server.BaseUri.ToString(), "--delay", "0");

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains("answered 400", result.Error, StringComparison.Ordinal);
        Assert.Contains("next run resumes", result.Error, StringComparison.Ordinal);
    }
}
