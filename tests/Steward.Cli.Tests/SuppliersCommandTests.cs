using System.Text.Json.Nodes;
using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;
using static Steward.Cli.Tests.SupplierProfiles;

namespace Steward.Cli.Tests;

/// <summary>The register verbs of <c>steward suppliers</c>: their output, exit codes and refusals.</summary>
public sealed class SuppliersCommandTests
{
    [Fact]
    public async Task AddShowAndList_KeepTheProfileWithItsHistory_AndABadProfileChangesNothing()
    {
        // Arrange
        using var folder = new TempFolder();
        var db = folder.File("steward.db");
        var good = folder.Write("mutual.json", Mutual);
        var bad = folder.Write("bad.json", """{"name":"Brightwork CIC","identifiers":[{"scheme":"GB-COH","id":"1234567"}],"employees":-4}""");

        // Act
        var added = await Run("suppliers", "add", good, "--db", db, "--by", "Commissioning team");
        var refused = await Run("suppliers", "add", bad, "--db", db, "--by", "Commissioning team");
        var list = await Run("suppliers", "list", "--db", db);
        var show = await Run("suppliers", "show", "GB-COH-01234567", "--db", db, "--format", "json");

        // Assert
        Assert.Equal(0, added.Exit);
        Assert.StartsWith("GB-COH-01234567: created", added.Out, StringComparison.Ordinal);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("employees: -4", refused.Error, StringComparison.Ordinal);
        Assert.Contains("the register is unchanged", refused.Error, StringComparison.Ordinal);
        Assert.Contains("GB-COH-01234567\t-\t1\tBrightwork CIC\ttrue\ttrue\ttrue\ttrue\ttrue", list.Out, StringComparison.Ordinal);
        var document = JsonNode.Parse(show.Out)!;
        Assert.Equal(1, (int)document["version"]!);
        Assert.Equal(40, (int)document["profile"]!["employees"]!);
        Assert.Equal("Commissioning team", (string?)document["history"]![0]!["changedBy"]);
        Assert.False((bool)document["evidence"]!["vcse"]!["verified"]!);
        Assert.Contains("s.32", (string?)document["reinvestment"]!["caution"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Csv_PrintsALinePerRowAndExitsOneWhenAnyIsRefused()
    {
        // Arrange
        using var folder = new TempFolder();
        var db = folder.File("steward.db");
        var csv = folder.Write("suppliers.csv", "name,companiesHouse,employees\nGood Ltd,01234567,12\nBad Ltd,07654321,twelve\n");

        // Act
        var result = await Run("suppliers", "import", csv, "--db", db, "--by", "Procurement team");

        // Assert
        Assert.Equal(1, result.Exit);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("line 2: accepted: Good Ltd → GB-COH-01234567: created", lines[0], StringComparison.Ordinal);
        Assert.Equal("line 3: refused: Bad Ltd: employees: \"twelve\" is not a number", lines[1]);
        Assert.Contains("1 row(s) accepted, 1 refused", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12", "true")]
    [InlineData("11", "false")]
    public async Task Eligibility_S32WithAProfileFile_DecidesOnTheThirtyPercentTest(string disadvantaged, string expected)
    {
        // Arrange
        using var folder = new TempFolder();
        var file = folder.Write("bidder.json", Mutual.Replace("\"disabledOrDisadvantagedWorkers\":12", $"\"disabledOrDisadvantagedWorkers\":{disadvantaged}", StringComparison.Ordinal));

        // Act
        var result = await Run("suppliers", "eligibility", file, "--reservation", "s32", "--db", folder.File("steward.db"), "--format", "json");

        // Assert
        Assert.Equal(0, result.Exit);
        var decision = JsonNode.Parse(result.Out)!;
        Assert.Equal(expected, (string?)decision["result"]);
        Assert.Equal("s32", (string?)decision["reservation"]);
    }

    [Fact]
    public async Task Eligibility_S33TermOfFiveYearsAndADay_IsRefusedWithTheReason()
    {
        // Arrange
        using var folder = new TempFolder();
        var file = folder.Write("bidder.json", Mutual);

        // Act
        var result = await Run("suppliers", "eligibility", file, "--reservation", "s33", "--buyer", "GB-PPON-BUYR-0001-AAAA", "--cpv", "85312000",
            "--start", "2026-04-01", "--end", "2031-04-01", "--award-date", "2026-03-01", "--db", folder.File("steward.db"));

        // Assert
        Assert.Equal(0, result.Exit);
        Assert.StartsWith("eligible: false (PA 2023 s.33)", result.Out, StringComparison.Ordinal);
        Assert.Contains("[FAIL] term: The term 2026-04-01 to 2031-04-01 is longer than the 5-year maximum", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eligibility_UnknownOption_IsBadUsageNotASupplier()
    {
        // Arrange
        using var folder = new TempFolder();
        var file = folder.Write("bidder.json", Mutual);

        // Act
        var result = await Run("suppliers", "eligibility", file, "--lots", "2", "--reservation", "s32", "--db", folder.File("steward.db"));

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains("--lots", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eligibility_WithoutReservationOrProcess_IsBadUsage()
    {
        // Arrange
        using var folder = new TempFolder();
        var file = folder.Write("bidder.json", Mutual);

        // Act
        var result = await Run("suppliers", "eligibility", file, "--db", folder.File("steward.db"));

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains("--reservation", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Costs_MarginAboveTheBuyersCap_ExitsOneWithTheFigures()
    {
        // Arrange
        using var folder = new TempFolder();
        var template = folder.Write("template.json", """
            {"id":"ch-lot-1","title":"Children's home placements","unit":"placement-week","expectedUnits":52,"serviceCategory":"childrens-homes",
             "lines":[{"id":"staff","label":"Care staff","category":"Staff","required":true},{"id":"margin","label":"Margin","category":"Margin","required":true}]}
            """);
        var submission = folder.Write("submission.json", """
            {"templateId":"ch-lot-1","supplierId":"GB-COH-01234567","units":52,"lines":[{"lineId":"staff","amount":150000},{"lineId":"margin","amount":50000}]}
            """);
        var policy = folder.Write("policy.json", """
            {"id":"cap","serviceCategory":"childrens-homes","jurisdiction":"England","capType":"MarginPercent","capValue":20,
             "effectiveFrom":"2026-01-01","legalBasis":"The buyer's contract terms"}
            """);

        // Act
        var capped = await Run("suppliers", "costs", template, submission, "--policy", policy);
        var context = await Run("suppliers", "costs", template, submission);

        // Assert
        Assert.Equal(1, capped.Exit);
        var check = JsonNode.Parse(capped.Out)![0]!["capChecks"]![0]!;
        Assert.Equal("breached", (string?)check["status"]);
        Assert.Equal(25m, (decimal)JsonNode.Parse(capped.Out)![0]!["analysis"]!["marginPercentOfPrice"]!);
        Assert.Equal(0, context.Exit);
        Assert.Contains("Schools Act 2026 s.17", context.Out, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"noCap\"", context.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitCosts_GroupsByServiceUnitAndRegion_WithholdsSmallGroupsAndNamesBadRows()
    {
        // Arrange: three buyers in TLC (quartiles shown), two in TLD (withheld), and a bad price.
        using var folder = new TempFolder();
        var csv = folder.Write("prices.csv", """
            buyerId,region,serviceCategory,unit,year,pricePerUnit
            A,TLC,childrens-homes,placement-week,2025,"£4,000"
            B,TLC,childrens-homes,placement-week,2025,5000
            C,TLC,childrens-homes,placement-week,2025,6000
            D,TLD,childrens-homes,placement-week,2025,4500
            E,TLD,childrens-homes,placement-week,2025,4700
            F,TLD,childrens-homes,placement-week,2025,ten
            """);

        // Act
        var result = await Run("suppliers", "unit-costs", csv);

        // Assert
        Assert.Equal(1, result.Exit);
        Assert.Contains("prices.csv: line 7: pricePerUnit: \"ten\"", result.Error, StringComparison.Ordinal);
        var groups = JsonNode.Parse(result.Out)!.AsArray();
        var tlc = groups.Single(g => (string?)g!["regionCode"] == "TLC")!;
        Assert.Equal(5000m, (decimal)tlc["median"]!);
        var tld = groups.Single(g => (string?)g!["regionCode"] == "TLD")!;
        Assert.True((bool)tld["suppressed"]!);
        Assert.Null(tld["median"]);
    }

    [Fact]
    public async Task Costs_TemplateAttachedToAPublishedLot_SaysWhichLotOrThatTheStoreLacksIt()
    {
        // Arrange
        using var folder = new TempFolder();
        var db = folder.File("steward.db");
        var release = folder.Write("release.json", """
            {"ocid":"ocds-t-1","id":"r1","date":"2026-03-01T00:00:00Z","tag":["tender"],"buyer":{"id":"b","name":"Anytown Council"},
             "parties":[{"id":"b","name":"Anytown Council","roles":["buyer"]}],
             "tender":{"id":"t","title":"Children's home placements","lots":[{"id":"1","title":"North"}]}}
            """);
        Assert.Equal(0, (await Run("import", release, "--db", db)).Exit);
        string Template(string ocid) => folder.Write($"template-{ocid}.json", $$"""
            {"id":"ch-lot-1","title":"Placements","unit":"placement-week","expectedUnits":52,"ocid":"{{ocid}}","lotId":"1",
             "lines":[{"id":"staff","label":"Care staff","category":"Staff","required":true},{"id":"margin","label":"Margin","category":"Margin","required":true}]}
            """);
        var submission = folder.Write("submission.json", """
            {"templateId":"ch-lot-1","supplierId":"GB-COH-01234567","units":52,"lines":[{"lineId":"staff","amount":150000},{"lineId":"margin","amount":10000}]}
            """);

        // Act
        var attached = await Run("suppliers", "costs", Template("ocds-t-1"), submission, "--db", db);
        var missing = await Run("suppliers", "costs", Template("ocds-t-9"), submission, "--db", db);

        // Assert
        Assert.Equal(0, attached.Exit);
        Assert.Contains("template ch-lot-1 is for ocds-t-1 lot 1: Children's home placements, North (Anytown Council)", attached.Error, StringComparison.Ordinal);
        Assert.Equal(0, missing.Exit);
        Assert.Contains("warning: ocid/lotId: the store has no lot \"1\" in ocds-t-9", missing.Error, StringComparison.Ordinal);
    }
}
