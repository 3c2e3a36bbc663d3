using System.Text.Json.Nodes;
using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

/// <summary>
/// <c>steward sroi FILE.json</c>: the contract (docs/social-value.md): the JSON keys and exact numbers, the text
/// summary, exit 0, exit 1 naming every problem by its JSON path, exit 2 for a file that cannot be read.
/// </summary>
public sealed class SroiCommandTests
{
    // Hand-worked: 10 × £100 = £1,000 in year 1, drop-off 50%: 1,000, 500, 250, 125, 62.5; at 25%: 800, 320, 128, 51.2,
    // 20.48 = 1,319.68. Investment 1,000: NPV 319.68, ratio 1.31968, payback 1 + 200 ÷ 320 = 1.625 years.
    private const string Analysis = """
        {"investment": 1000, "discountRate": 0.25,
         "outcomes": [{"id": "jobs", "quantity": 10, "proxyValue": 100, "deadweight": 0, "attribution": 0, "displacement": 0, "dropOff": 0.5, "years": 5,
                       "proxySource": "Example Council values (CC BY 4.0)"}]}
        """;

    private static async Task<(TempFolder Folder, string Path)> File(string json)
    {
        var folder = new TempFolder();
        var path = folder.File("sroi.json");
        await System.IO.File.WriteAllTextAsync(path, json, TestContext.Current.CancellationToken);
        return (folder, path);
    }

    [Fact]
    public async Task Sroi_Json_GivesTheContractsKeysAndExactFigures()
    {
        // Arrange
        var (folder, path) = await File(Analysis);
        using var _ = folder;

        // Act
        var result = await Run("sroi", path, "--format", "json");

        // Assert
        Assert.Equal((0, string.Empty), (result.Exit, result.Error));
        var json = JsonNode.Parse(result.Out)!.AsObject();
        Assert.Equal(["presentValue", "netPresentValue", "ratio", "paybackYears", "outcomes", "years", "inputs", "sensitivity", "method"], json.Select(p => p.Key));
        Assert.Equal((1319.68m, 319.68m, 1.31968m, 1.625m), ((decimal)json["presentValue"]!, (decimal)json["netPresentValue"]!, (decimal)json["ratio"]!, (decimal)json["paybackYears"]!));
        var outcome = json["outcomes"]![0]!;
        Assert.Equal("jobs", (string?)outcome["id"]);
        Assert.Equal([800m, 320m, 128m, 51.2m, 20.48m], outcome["yearValues"]!.AsArray().Select(v => (decimal)v!));
        Assert.Equal(1319.68m, (decimal)outcome["presentValue"]!);
        Assert.Equal("Example Council values (CC BY 4.0)", (string?)outcome["inputs"]!["proxySource"]);
        Assert.Equal((1000m, 0.25m), ((decimal)json["inputs"]!["investment"]!, (decimal)json["inputs"]!["discountRate"]!));
        var row = json["sensitivity"]!.AsArray().Single(r => (string?)r!["assumption"] == "deadweight" && (decimal)r["step"]! == 0.1m)!;
        Assert.Equal((1187.712m, -131.968m), ((decimal)row["presentValue"]!, (decimal)row["change"]!));
    }

    [Fact]
    public async Task Sroi_NumbersAreNotRounded()
    {
        // Arrange: 1,000 ÷ 1.035 has no end; JSON gives every digit decimal holds.
        var (folder, path) = await File(Analysis.Replace("\"discountRate\": 0.25", "\"discountRate\": \"greenBook\"", StringComparison.Ordinal)
            .Replace("\"dropOff\": 0.5", "\"dropOff\": 0", StringComparison.Ordinal));
        using var _ = folder;

        // Act
        var result = await Run("sroi", path, "--format", "json");

        // Assert
        Assert.Equal(0, result.Exit);
        Assert.Contains("\"yearValues\":[966.1835748792270531400966184,", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"discountRate\":\"greenBook\"", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sroi_Text_SummarisesAndSaysWhoseProxiesItRestsOn()
    {
        // Arrange
        var (folder, path) = await File(Analysis);
        using var _ = folder;

        // Act
        var result = await Run("sroi", path);

        // Assert
        Assert.Equal((0, string.Empty), (result.Exit, result.Error));
        Assert.Contains("present value\t£1,319.68", result.Out, StringComparison.Ordinal);
        Assert.Contains("net present value\t£319.68", result.Out, StringComparison.Ordinal);
        Assert.Contains("ratio\t1.32 : 1", result.Out, StringComparison.Ordinal);
        Assert.Contains("payback\t1.63 years", result.Out, StringComparison.Ordinal);
        Assert.Contains("deadweight\t+10 points\t£1,187.71\t-£131.97", result.Out, StringComparison.Ordinal);
        Assert.Contains("jobs rests on a proxy value from Example Council values (CC BY 4.0)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sroi_NeverPaidBack_SaysSo()
    {
        // Arrange
        var (folder, path) = await File(Analysis.Replace("\"investment\": 1000", "\"investment\": 5000", StringComparison.Ordinal));
        using var _ = folder;

        // Act
        var json = await Run("sroi", path, "--format", "json");
        var text = await Run("sroi", path);

        // Assert
        Assert.Null(JsonNode.Parse(json.Out)!["paybackYears"]);
        Assert.Contains("payback\tnever within 5 year(s)", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sroi_BadInput_ExitsOneNamingEveryProblemByPath()
    {
        // Arrange: a share above 1, a negative quantity, years not whole, a missing field, investment 0, a duplicate id, text for a number.
        var (folder, path) = await File("""
            {"investment": 0, "discountRate": 0.035,
             "outcomes": [{"id": "a", "quantity": -1, "proxyValue": "lots", "deadweight": 1.5, "attribution": 0, "displacement": 0, "dropOff": 0, "years": 2.5},
                          {"id": "a", "quantity": 1, "proxyValue": 1, "deadweight": 0, "attribution": 0, "displacement": 0, "years": 1}]}
            """);
        using var _ = folder;

        // Act
        var result = await Run("sroi", path, "--format", "json");

        // Assert
        Assert.Equal((1, string.Empty), (result.Exit, result.Out));
        string[] expected =
        [
            "investment: 0 is not above 0",
            "outcomes[0].quantity: -1 is negative",
            "outcomes[0].proxyValue: expected a number, found \"lots\"",
            "outcomes[0].deadweight: 1.5 is outside 0–1",
            "outcomes[0].years: 2.5 is not a whole number of years",
            "outcomes[1].id: \"a\" is given twice",
            "outcomes[1].dropOff: missing; it is required",
        ];
        var lines = result.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Length, lines.Length);
        Assert.All(lines.Zip(expected), pair => Assert.StartsWith($"steward sroi: {path}: {pair.Second}", pair.First, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sroi_NotJson_ExitsTwoNamingTheLine()
    {
        // Arrange
        var (folder, path) = await File("{\"investment\": 1000,\n \"outcomes\": [");
        using var _ = folder;

        // Act
        var result = await Run("sroi", path);

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains($"{path}: line 2", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "sroi", "/no/such/file.json" }, "/no/such/file.json: no such file")]
    [InlineData(new[] { "sroi" }, "Required argument")]
    [InlineData(new[] { "sroi", "x.json", "--format", "xml" }, "xml")]
    public async Task Sroi_BadUsage_ExitsTwo(string[] args, string expected)
    {
        // Act
        var result = await Run(args);

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sroi_StandardInput_IsRead()
    {
        // Act
        var result = await RunWithInput(Analysis, "sroi", "-", "--format", "json");

        // Assert
        Assert.Equal(0, result.Exit);
        Assert.Equal(1319.68m, (decimal)JsonNode.Parse(result.Out)!["presentValue"]!);
    }
}
