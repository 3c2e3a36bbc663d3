using System.Text.Json.Nodes;
using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

/// <summary><c>steward tenders check</c>: the findings contract (docs/tenders.md) and exit codes 0, 1 and 2.</summary>
public sealed class TendersCheckCommandTests
{
    private const string Design = """
        {"title": "Community support", "buyer": {"id": "GB-PPON-TEST", "socialValueModel": "ppn002"}, "value": 900000, "cpv": "85312000",
         "procedure": "open", "tenderPeriod": {"startDate": "2026-12-07", "endDate": "2027-01-11"},
         "goals": [{"id": "jobs", "title": "Local jobs", "measures": [{"id": "hires", "name": "Local hires", "unit": "people", "direction": "increase"}]}],
         "lots": [{"id": "1", "title": "Support", "value": 900000,
           "criteria": [{"id": "quality", "type": "quality", "weight": 50},
                        {"id": "sv", "type": "socialValue", "weight": 10, "goals": ["jobs"], "measures": ["hires"]},
                        {"id": "price", "type": "price", "weight": 40}],
           "priceMethod": {"formula": "F4", "floor": 500000, "ceiling": 1200000}, "tieBreak": "higherQuality"}]}
        """;

    private static async Task<(TempFolder Folder, string Path)> File(string design)
    {
        var folder = new TempFolder();
        var path = folder.File("design.json");
        await System.IO.File.WriteAllTextAsync(path, design, TestContext.Current.CancellationToken);
        return (folder, path);
    }

    [Fact]
    public async Task Check_ACleanDesign_ExitsZero()
    {
        // Arrange
        var (folder, path) = await File(Design);
        using var _ = folder;

        // Act
        var result = await Run("tenders", "check", path, "--on", "2026-12-02");

        // Assert
        Assert.Equal((0, string.Empty), (result.Exit, result.Error));
        Assert.StartsWith("no findings", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Json_GivesTheContractsKeys_AndExitsOne()
    {
        // Arrange: social value at 5% and a relative price method.
        var (folder, path) = await File(Design
            .Replace("\"weight\": 50}", "\"weight\": 55}", StringComparison.Ordinal)
            .Replace("\"weight\": 10,", "\"weight\": 5,", StringComparison.Ordinal)
            .Replace("\"formula\": \"F4\"", "\"formula\": \"F1\"", StringComparison.Ordinal));
        using var _ = folder;

        // Act
        var result = await Run("tenders", "check", path, "--format", "json", "--on", "2026-12-02");

        // Assert
        Assert.Equal(1, result.Exit);
        var json = JsonNode.Parse(result.Out)!;
        Assert.False((bool)json["publishable"]!);
        var findings = json["findings"]!.AsArray();
        var floor = findings.Single(f => (string?)f!["code"] == "SOCIAL_VALUE_WEIGHT")!.AsObject();
        Assert.Equal(["code", "severity", "message", "reference", "path"], floor.Select(p => p.Key));
        Assert.Equal(("error", "lots[0].criteria"), ((string?)floor["severity"], (string?)floor["path"]));
        var relative = findings.Single(f => (string?)f!["code"] == "RELATIVE_PRICE_METHOD")!;
        Assert.Equal("warning", (string?)relative["severity"]);
        Assert.Equal("A", (string?)relative["example"]!["before"]!["winner"]);
    }

    [Fact]
    public async Task Check_WarningsOnly_ExitOne_AndSayAReasonIsNeeded()
    {
        // Arrange
        var (folder, path) = await File(Design.Replace(", \"tieBreak\": \"higherQuality\"", string.Empty, StringComparison.Ordinal));
        using var _ = folder;

        // Act
        var result = await Run("tenders", "check", path, "--on", "2026-12-02");

        // Assert
        Assert.Equal(1, result.Exit);
        Assert.StartsWith("warning\tNO_TIE_BREAK\tlots[0].tieBreak\t", result.Out, StringComparison.Ordinal);
        Assert.Contains("1 warning(s): publication needs a recorded reason", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ADeadlineInThePast_IsAFinding()
    {
        // Arrange
        var (folder, path) = await File(Design);
        using var _ = folder;

        // Act
        var result = await Run("tenders", "check", path, "--on", "2027-02-01");

        // Assert
        Assert.Equal(1, result.Exit);
        Assert.Contains("error\tDEADLINE_PASSED\ttenderPeriod.endDate", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"weight\": 50", "\"weight\": \"fifty\"", "design.json: lots[0].criteria[0].weight: expected a number, found \"fifty\"")]
    [InlineData("\"value\": 900000, \"cpv\"", "\"value\": -5, \"cpv\"", "design.json: value: -5 is below the smallest allowed value, 0")]
    [InlineData("{\"title\"", "[{\"title\"", "design.json: line")]
    public async Task Check_AnUnreadableDesign_ExitsTwo_NamingTheField(string from, string to, string expected)
    {
        // Arrange
        var (folder, path) = await File(Design.Replace(from, to, StringComparison.Ordinal));
        using var _ = folder;

        // Act
        var result = await Run("tenders", "check", path, "--on", "2026-12-02");

        // Assert
        Assert.Equal((2, string.Empty), (result.Exit, result.Out));
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_AModelsFile_ReplacesTheShippedReferenceData()
    {
        // Arrange: a later list raising the floor to 15% from 2026.
        var (folder, path) = await File(Design);
        using var _ = folder;
        var models = folder.File("models.json");
        await System.IO.File.WriteAllTextAsync(models, """
            {"models": [{"id": "ppn002", "name": "PPN 002 revised", "appliesFrom": "2025-02-24", "minimumWeights": [{"fromValue": 0, "percent": 15}],
              "outcomes": [{"id": "1", "name": "Fair work"}]}]}
            """, TestContext.Current.CancellationToken);

        // Act
        var result = await Run("tenders", "check", path, "--on", "2026-12-02", "--models", models);

        // Assert
        Assert.Equal(1, result.Exit);
        Assert.Contains("SOCIAL_VALUE_WEIGHT", result.Out, StringComparison.Ordinal);
        Assert.Contains("at least 15%", result.Out, StringComparison.Ordinal);
    }
}
