using System.Text.Json.Nodes;
using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

public sealed class ReportCommandTests
{
    private const string ContractsFinderPage = "contracts-finder/cf_2025-01-20T23_to_2025-01-23T23_page1.json";

    private static async Task<(TempFolder Folder, string Db)> Imported()
    {
        var folder = new TempFolder();
        var db = folder.File("steward.db");
        var import = await Run("import", SharedData.Ocds(ContractsFinderPage), "--db", db);
        Assert.Equal(0, import.Exit);
        return (folder, db);
    }

    [Fact]
    public async Task ReportBuyers_Json_IsAnArrayWithTheContractedKeys()
    {
        var (folder, db) = await Imported();
        using var _ = folder;

        var result = await Run("report", "buyers", "--db", db);

        Assert.Equal(0, result.Exit);
        var buyers = JsonNode.Parse(result.Out)!.AsArray();
        Assert.NotEmpty(buyers);
        foreach (var key in new[] { "buyerId", "buyerName", "buyerType", "buyerTypePublished", "region", "processes", "awards", "awardValue", "smeValue",
                                    "vcseValue", "unknownScaleValue", "frameworks", "procedureMix", "bidsPerCompetedLot", "singleBidShare", "reservedLots",
                                    "socialValue", "medianDaysToAward", "registerShare", "coverage", "peers" })
        {
            Assert.True(buyers[0]!.AsObject().ContainsKey(key), key);
        }

        // Keyed by the organisation the buyer resolves to, never by the publisher's own party id (GB-CFS-18525).
        var merton = buyers.Single(b => (string?)b!["buyerId"] == "name:london borough of merton")!;
        Assert.Equal(230_507, (double)merton["awardValue"]!);
        Assert.Equal("localAuthority", (string?)merton["buyerType"]);
        Assert.DoesNotContain(buyers, b => ((string?)b!["buyerId"])!.StartsWith("GB-CFS-", StringComparison.Ordinal));
        Assert.Contains("award values:", result.Error, StringComparison.Ordinal);
        Assert.Contains("left out:", result.Error, StringComparison.Ordinal);
        Assert.Contains("register share", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportBuyers_Window_KeepsOnlyAwardsInIt()
    {
        // Merton's awards are dated 2024-12-22, 2025-01-17 and 2025-01-22: only 37,500 + 100,000 fall in 2025.
        var (folder, db) = await Imported();
        using var _ = folder;

        var result = await Run("report", "buyers", "--db", db, "--from", "2025-01-01", "--to", "2025-01-22");

        Assert.Equal(0, result.Exit);
        var merton = JsonNode.Parse(result.Out)!.AsArray().Single(b => (string?)b!["buyerId"] == "name:london borough of merton")!;
        Assert.Equal(137_500, (double)merton["awardValue"]!);
    }

    [Fact]
    public async Task ReportBuyers_CsvAndXlsx_WriteTables()
    {
        var (folder, db) = await Imported();
        using var _ = folder;

        var csv = await Run("report", "buyers", "--db", db, "--format", "csv");
        var xlsx = folder.File("buyers.xlsx");
        var workbook = await Run("report", "buyers", "--db", db, "--format", "xlsx", "--output", xlsx);

        Assert.Equal(0, csv.Exit);
        Assert.StartsWith("buyerId,buyerName,organisationId,buyerType,buyerTypePublished,region,processes,awards,awardValue", csv.Out, StringComparison.Ordinal);
        Assert.Contains("name:london borough of merton,London Borough of Merton,", csv.Out, StringComparison.Ordinal);
        Assert.Equal(0, workbook.Exit);
        var bytes = await File.ReadAllBytesAsync(xlsx, TestContext.Current.CancellationToken);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    [Fact]
    public async Task ReportMarketsAndSuppliers_Run()
    {
        var (folder, db) = await Imported();
        using var _ = folder;

        var markets = await Run("report", "markets", "--db", db, "--level", "group");
        var suppliers = await Run("report", "suppliers", "--db", db, "--format", "csv");

        Assert.Equal(0, markets.Exit);
        Assert.All(JsonNode.Parse(markets.Out)!.AsArray(), m => Assert.Matches("^([0-9]{3}|unclassified)$", (string?)m!["cpv"]));
        Assert.Equal(0, suppliers.Exit);
        Assert.StartsWith("supplierId,name,scale,vcse,awards,awardValue,frameworkPlaces,buyers,cpv,region", suppliers.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "buyers", "--from", "2025-13-01")]
    [InlineData("report", "buyers", "--to", "yesterday")]
    [InlineData("report", "markets", "--from", "01/02/2025")]
    [InlineData("report", "buyers", "--format", "pdf")]
    [InlineData("report", "buyers", "--bogus")]
    [InlineData("report", "buyers", "--publishers", "some")]
    [InlineData("report", "markets", "--level", "class")]
    [InlineData("flags", "--format", "html")]
    public async Task BadOptions_ExitTwoWithAMessage(params string[] args)
    {
        var result = await Run(args);

        Assert.Equal(2, result.Exit);
        Assert.StartsWith("steward:", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task MalformedDate_MessageNamesTheOptionAndTheValue()
    {
        var result = await Run("report", "buyers", "--from", "2025-02-30");

        Assert.Equal(2, result.Exit);
        Assert.Contains("--from: '2025-02-30' is not a date", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromAfterTo_And_XlsxWithoutOutput_ExitTwo()
    {
        var (folder, db) = await Imported();
        using var _ = folder;

        var reversed = await Run("report", "buyers", "--db", db, "--from", "2025-02-01", "--to", "2025-01-01");
        var xlsx = await Run("report", "buyers", "--db", db, "--format", "xlsx");

        Assert.Equal(2, reversed.Exit);
        Assert.Contains("is after --to", reversed.Error, StringComparison.Ordinal);
        Assert.Equal(2, xlsx.Exit);
        Assert.Contains("--output", xlsx.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flags_WithoutBidData_PrintCoverageNotAFalseAllClear()
    {
        var (folder, db) = await Imported();
        using var _ = folder;

        var result = await Run("flags", "--db", db);

        Assert.Equal(0, result.Exit);
        var report = JsonNode.Parse(result.Out)!;
        var r024 = report["indicators"]!.AsArray().Single(i => (string?)i!["code"] == "R024")!;
        Assert.Equal(0, (int)r024["withData"]!);
        Assert.Contains("R024 Price close to winning bid: none of", result.Error, StringComparison.Ordinal);
        Assert.Contains("not computed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_OnAnEmptyStore_SayItIsEmptyRatherThanReportNothing()
    {
        using var folder = new TempFolder();
        var db = folder.File("empty.db");

        var buyers = await Run("report", "buyers", "--db", db);
        var flags = await Run("flags", "--db", db);

        Assert.Equal(0, buyers.Exit);
        Assert.Equal("[]", buyers.Out.Trim());
        Assert.Contains("the store holds no processes", buyers.Error, StringComparison.Ordinal);
        Assert.Contains("the store holds no processes", flags.Error, StringComparison.Ordinal);
    }
}
