using System.Text.Json.Nodes;
using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

/// <summary><c>steward tenders score</c>: the JSON contract (docs/tenders.md) and its refusals.</summary>
public sealed class TendersCommandTests
{
    private const string Design = """
        {"title": "Community support", "buyer": {"id": "GB-PPON-TEST", "socialValueModel": "ppn002"}, "value": 500000, "currency": "GBP",
         "procedure": "open", "lots": [{"id": "1", "title": "Support", "value": 500000,
           "criteria": [{"id": "quality", "type": "quality", "weight": 60, "maxScore": 100},
                        {"id": "price", "type": "price", "weight": 40}],
           "priceMethod": {"formula": "F1"}, "tieBreak": "higherQuality"}]}
        """;

    private const string Bids = """
        [{"bidder": "A", "lot": "1", "price": 60000, "scores": {"quality": 60}, "submitted": "2026-12-01T10:00:00Z"},
         {"bidder": "B", "lot": "1", "price": 100000, "scores": {"quality": 80}},
         {"bidder": "C", "lot": "1", "price": 30000, "scores": {"quality": 30}}]
        """;

    private static async Task<(TempFolder Folder, string Design, string Bids)> Files(string design, string bids)
    {
        var folder = new TempFolder();
        var designPath = folder.File("design.json");
        var bidsPath = folder.File("bids.json");
        await File.WriteAllTextAsync(designPath, design, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(bidsPath, bids, TestContext.Current.CancellationToken);
        return (folder, designPath, bidsPath);
    }

    [Fact]
    public async Task Score_Json_GivesTheContractsKeys_ExactNumbers_AndTheT3Winner()
    {
        // Arrange
        var (folder, design, bids) = await Files(Design, Bids);
        using var _ = folder;

        // Act
        var result = await Run("tenders", "score", design, bids, "--format", "json");

        // Assert
        Assert.Equal(0, result.Exit);
        var lot = JsonNode.Parse(result.Out)!["lots"]![0]!;
        Assert.Equal(["lot", "winner", "reason", "bids"], lot.AsObject().Select(p => p.Key));
        Assert.Equal("B", (string?)lot["winner"]);
        var bid = lot["bids"]![0]!.AsObject();
        Assert.Equal(["bidder", "excluded", "exclusionReason", "abnormallyLow", "qualityScore", "priceScore", "total", "pricePerQualityPoint", "rank"], bid.Select(p => p.Key));
        Assert.Equal(("B", 60m, 1), ((string?)bid["bidder"], (decimal)bid["total"]!, (int)bid["rank"]!));
        Assert.Equal(58m, (decimal)lot["bids"]![1]!["total"]!);
    }

    [Fact]
    public async Task Score_Text_ListsEachBidWithItsArithmetic()
    {
        // Arrange
        var (folder, design, bids) = await Files(Design, Bids);
        using var _ = folder;

        // Act
        var result = await Run("tenders", "score", design, bids);

        // Assert
        Assert.Equal(0, result.Exit);
        Assert.StartsWith("lot 1: winner B (B has the highest total)", result.Out, StringComparison.Ordinal);
        Assert.Contains("1\tB\tquality 48.00\tprice 12.00\ttotal 60.00", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"weight\": 60", "\"weight\": \"sixty\"", "design.json: lots[0].criteria[0].weight: expected a number, found \"sixty\"")]
    [InlineData("\"formula\": \"F1\"", "\"formula\": \"F13\"", "design.json: lots[0].priceMethod.formula: \"F13\" is not one Steward offers")]
    [InlineData("\"type\": \"quality\"", "\"type\": \"looks\"", "design.json: lots[0].criteria[0].type: \"looks\" is not price, quality or socialValue")]
    [InlineData("\"tieBreak\": \"higherQuality\"", "\"tieBreak\": \"coinToss\"", "design.json: lots[0].tieBreak: \"coinToss\" is not higherQuality, lowerPrice or earlierSubmission")]
    public async Task Score_BadDesign_Exits2NamingTheField(string from, string to, string message)
    {
        // Arrange
        var (folder, design, bids) = await Files(Design.Replace(from, to, StringComparison.Ordinal), Bids);
        using var _ = folder;

        // Act
        var result = await Run("tenders", "score", design, bids);

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Theory]
    [InlineData("\"price\": 60000", "\"price\": -5", "bids.json: [0].price: -5 is below the smallest allowed value, 0")]
    [InlineData("\"lot\": \"1\", \"price\": 60000", "\"lot\": \"9\", \"price\": 60000", "A's bid is for lot \"9\", which the design does not have")]
    [InlineData("2026-12-01T10:00:00Z", "yesterday", "bids.json: [0].submitted: \"yesterday\" is not a date-time")]
    [InlineData("[{", "[{{", "bids.json: line 1, byte 3: not valid JSON")]
    public async Task Score_BadBids_Exits2NamingTheValue(string from, string to, string message)
    {
        // Arrange
        var (folder, design, bids) = await Files(Design, Bids.Replace(from, to, StringComparison.Ordinal));
        using var _ = folder;

        // Act
        var result = await Run("tenders", "score", design, bids);

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }
}
