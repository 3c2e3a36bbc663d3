using System.Text.Json.Nodes;
using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

/// <summary><c>steward organisations</c>, <c>stats</c> and <c>--publishers</c> over the whole of ../shared/data/ocds.</summary>
public sealed class OrganisationsCommandTests
{
    private static async Task<(TempFolder Folder, string Db)> ImportedAll()
    {
        var folder = new TempFolder();
        var db = folder.File("steward.db");
        var import = await Run("import", SharedData.Require("ocds"), "--db", db);
        Assert.Equal(0, import.Exit);
        return (folder, db);
    }

    [Fact]
    public async Task Stats_ListsEveryDuplicateWithItsReason_AndThePublishers()
    {
        var (folder, db) = await ImportedAll();
        using var _ = folder;

        var text = await Run("stats", "--db", db);
        var json = await Run("stats", "--db", db, "--json");

        Assert.Equal(0, text.Exit);
        Assert.Contains("ocds-b5fd17raw-57d308c3-b529-460f-a359-8792732ae3a4 repeats ocds-b5fd17raw-ecfc0234-b9f7-41d8-b56f-c93beeedcdfa", text.Out, StringComparison.Ordinal);
        Assert.Contains("NSW eTendering (Australia), 10 published outside the UK: not in the figures", text.Out, StringComparison.Ordinal);
        var stats = JsonNode.Parse(json.Out)!.AsObject();
        Assert.Equal(4, stats["duplicates"]!.AsArray().Count);
        Assert.All(stats["duplicates"]!.AsArray(), d => Assert.Contains("the same buyer, title and value", (string?)d!["reason"], StringComparison.Ordinal));
        Assert.True((long)stats["frameworks"]! > 0);
    }

    [Fact]
    public async Task ReportBuyers_Publishers_AllCountsOtherCountries_UkIsTheDefault()
    {
        var (folder, db) = await ImportedAll();
        using var _ = folder;

        var uk = await Run("report", "buyers", "--db", db);
        var all = await Run("report", "buyers", "--db", db, "--publishers", "all");

        Assert.Contains("13 published outside the UK", uk.Error, StringComparison.Ordinal);
        Assert.True(JsonNode.Parse(all.Out)!.AsArray().Count > JsonNode.Parse(uk.Out)!.AsArray().Count);
        Assert.Contains("0 published outside the UK", all.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_ConfirmedByAPerson_JoinsTwoOrganisations_AndBadIdsExitTwo()
    {
        var (folder, db) = await ImportedAll();
        using var _ = folder;
        var suggestions = await Run("organisations", "suggestions", "--db", db, "--json");
        var warwick = JsonNode.Parse(suggestions.Out)!.AsArray().Single(s => (string?)s!["name"] == "University of Warwick")!;

        var merged = await Run("organisations", "merge", (string)warwick["candidate"]!, (string)warwick["organisation"]!, "--db", db, "--by", "Data team");
        var again = await Run("organisations", "merge", (string)warwick["candidate"]!, (string)warwick["organisation"]!, "--db", db);
        var unknown = await Run("organisations", "merge", "no-such-organisation", (string)warwick["organisation"]!, "--db", db);
        var aliases = await Run("organisations", "aliases", "--db", db);

        Assert.Equal(0, merged.Exit);
        Assert.Contains("rebuilt", merged.Error, StringComparison.Ordinal);
        Assert.Equal(2, again.Exit);
        Assert.Contains("no organisation", again.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("\"no-such-organisation\"", unknown.Error, StringComparison.Ordinal);
        Assert.Contains($"{warwick["candidate"]}\t{warwick["organisation"]}\tconfirmed\tData team", aliases.Out, StringComparison.Ordinal);
    }
}
