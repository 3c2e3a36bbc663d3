using System.Text.Json.Nodes;
using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;
using static Steward.Cli.Tests.SupplierProfiles;

namespace Steward.Cli.Tests;

/// <summary>
/// <c>steward suppliers classify</c> is a contract other tools rely on: these tests pin its keys, values and exit codes.
/// </summary>
public sealed class SuppliersClassifyCommandTests
{
    private static readonly string[] ContractKeys = ["sme", "vcse", "socialEnterprise", "supportedEmploymentProvider", "publicServiceMutual"];

    [Fact]
    public async Task Classify_Json_HasExactlyTheContractKeysEachWithResultAndReasons()
    {
        // Arrange
        using var folder = new TempFolder();
        var file = folder.Write("mutual.json", Mutual);

        // Act
        var result = await Run("suppliers", "classify", file);

        // Assert
        Assert.Equal(0, result.Exit);
        var json = JsonNode.Parse(result.Out)!.AsObject();
        Assert.Equal(ContractKeys, json.Select(p => p.Key));
        foreach (var key in ContractKeys)
        {
            Assert.Equal("true", (string?)json[key]!["result"]);
            var reasons = json[key]!["reasons"]!.AsArray();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.Contains((string?)r!["outcome"], new[] { "true", "false", "unknown" }));
            Assert.All(reasons, r => Assert.False(string.IsNullOrEmpty((string?)r!["reference"])));
        }

        var workforce = json["supportedEmploymentProvider"]!["reasons"]!.AsArray().Single(r => (string?)r!["test"] == "workforce")!;
        Assert.Equal(30m, (decimal)workforce["figures"]!["share"]!);
        Assert.Contains("PA 2023 s.32(4)(a)", (string?)workforce["reference"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_MissingEvidence_IsUnknownNeverAGuess()
    {
        // Arrange
        using var folder = new TempFolder();
        var file = folder.Write("bare.json", """{"name":"Someone"}""");

        // Act
        var result = await Run("suppliers", "classify", file);

        // Assert
        Assert.Equal(0, result.Exit);
        var json = JsonNode.Parse(result.Out)!.AsObject();
        Assert.All(ContractKeys, key => Assert.Equal("unknown", (string?)json[key]!["result"]));
    }

    [Fact]
    public async Task Classify_RulesFile_ChangesTheBasisItNames()
    {
        // Arrange: 12 of 40 people (30%) but 9 of 31.5 FTE (28.6%).
        using var folder = new TempFolder();
        var file = folder.Write("mutual.json", Mutual);
        var rules = folder.Write("rules.json", """{"supportedEmploymentBasis":"fte"}""");

        // Act
        var headcount = await Run("suppliers", "classify", file);
        var fte = await Run("suppliers", "classify", file, "--rules", rules);

        // Assert
        Assert.Equal("true", (string?)JsonNode.Parse(headcount.Out)!["supportedEmploymentProvider"]!["result"]);
        Assert.Equal("false", (string?)JsonNode.Parse(fte.Out)!["supportedEmploymentProvider"]!["result"]);
    }

    [Fact]
    public async Task Classify_Text_SaysEachTestAndItsOutcome()
    {
        // Arrange
        using var folder = new TempFolder();
        var file = folder.Write("mutual.json", Mutual);

        // Act
        var result = await Run("suppliers", "classify", file, "--format", "text");

        // Assert
        Assert.Equal(0, result.Exit);
        Assert.StartsWith("sme: true", result.Out, StringComparison.Ordinal);
        Assert.Contains("[pass] workforce: 12 of 40 people", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"x","legalForm":"limited"}""", "legalForm: \"limited\" is not a known legal form")]
    [InlineData("""{"name":"x","employees":-1}""", "employees: -1 is below the smallest allowed value, 0")]
    [InlineData("""{"name":"x","employees":10,"disabledOrDisadvantagedWorkers":11}""", "disabledOrDisadvantagedWorkers: 11 is more than the 10 employees")]
    [InlineData("""{"name":"x","accounts":[{"year":2025,"turnover":"ten"}]}""", "accounts[0].turnover: expected a number, found \"ten\"")]
    [InlineData("""{"name":"x","dividendCapPercent":120}""", "dividendCapPercent: 120 is above the largest allowed value, 100")]
    [InlineData("""[1,2]""", "the profile must be a JSON object")]
    public async Task Classify_BadProfile_ExitsOneNamingFileAndField(string profile, string expected)
    {
        // Arrange
        using var folder = new TempFolder();
        var file = folder.Write("bad.json", profile);

        // Act
        var result = await Run("suppliers", "classify", file);

        // Assert
        Assert.Equal(1, result.Exit);
        Assert.Empty(result.Out);
        Assert.Contains($"{file}: {expected}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_UnreadableInput_ExitsTwoNamingLineAndByte()
    {
        // Arrange
        using var folder = new TempFolder();
        var broken = folder.Write("broken.json", "{\n  \"name\": ,\n}");

        // Act
        var syntax = await Run("suppliers", "classify", broken);
        var missing = await Run("suppliers", "classify", folder.File("absent.json"));
        var rules = await Run("suppliers", "classify", broken, "--rules", folder.Write("rules.json", """{"smeStaffBasis":"weekly"}"""));

        // Assert
        Assert.Equal(2, syntax.Exit);
        Assert.Contains($"{broken}: line 2, byte", syntax.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.Exit);
        Assert.Contains("absent.json: no such file", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, rules.Exit);
        Assert.Contains("smeStaffBasis: \"weekly\" is not a staff basis", rules.Error, StringComparison.Ordinal);
    }
}
