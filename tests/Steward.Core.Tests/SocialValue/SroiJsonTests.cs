using System.Text.Json;
using Steward.Core.SocialValue.Sroi;

namespace Steward.Core.Tests.SocialValue;

/// <summary>Reading <c>steward sroi</c>'s input: every problem named by its JSON path.</summary>
public sealed class SroiJsonTests
{
    private const string Valid = """
        {"investment": 1000, "discountRate": 0.035,
         "outcomes": [{"id": "jobs", "quantity": 10, "proxyValue": 100, "deadweight": 0.2, "attribution": 0.1, "displacement": 0, "dropOff": 0.3, "years": 3}]}
        """;

    private static (SroiInput? Input, IReadOnlyList<string> Errors) Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var (input, errors) = SroiJson.Read(document.RootElement);
        return (input, errors.Select(e => e.Message).ToList());
    }

    [Fact]
    public void Read_AValidFile_GivesTheInput()
    {
        // Act
        var (input, errors) = Read(Valid);

        // Assert
        Assert.Empty(errors);
        Assert.Equal(new SroiOutcome("jobs", 10m, 100m, 0.2m, 0.1m, 0m, 0.3m, 3), input!.Outcomes[0]);
        Assert.True(input.Discount.IsFlat);
        Assert.Equal((1000m, 0.035m), (input.Investment, input.Discount.Bands[0].Rate));
    }

    [Fact]
    public void Read_GreenBook_UsesTheSchedule()
    {
        // Act
        var (input, _) = Read(Valid.Replace("0.035", "\"greenBook\"", StringComparison.Ordinal));

        // Assert
        Assert.Same(DiscountSchedule.GreenBook, input!.Discount);
    }

    [Fact]
    public void Read_ASchedule_ReadsItsBands()
    {
        // Act
        var (input, _) = Read(Valid.Replace("0.035", """[{"fromYear": 1, "rate": 0.035}, {"fromYear": 31, "rate": 0.03}]""", StringComparison.Ordinal));

        // Assert
        Assert.Equal([new DiscountBand(1, 0.035m), new DiscountBand(31, 0.03m)], input!.Discount.Bands);
    }

    [Theory]
    [InlineData("\"deadweight\": 0.2", "\"deadweight\": 1.2", "outcomes[0].deadweight: 1.2 is outside 0–1; a share is a fraction (0.25 for 25%)")]
    [InlineData("\"attribution\": 0.1", "\"attribution\": -0.1", "outcomes[0].attribution: -0.1 is outside 0–1")]
    [InlineData("\"displacement\": 0", "\"displacement\": 2", "outcomes[0].displacement: 2 is outside 0–1")]
    [InlineData("\"dropOff\": 0.3", "\"dropOff\": 30", "outcomes[0].dropOff: 30 is outside 0–1")]
    [InlineData("\"quantity\": 10", "\"quantity\": -10", "outcomes[0].quantity: -10 is negative; a quantity is 0 or more")]
    [InlineData("\"quantity\": 10", "\"quantity\": \"ten\"", "outcomes[0].quantity: expected a number, found \"ten\"")]
    [InlineData("\"proxyValue\": 100", "\"proxyValue\": -1", "outcomes[0].proxyValue: -1 is negative")]
    [InlineData("\"years\": 3", "\"years\": 2.5", "outcomes[0].years: 2.5 is not a whole number of years")]
    [InlineData("\"years\": 3", "\"years\": 0", "outcomes[0].years: 0 is outside 1–1000")]
    [InlineData("\"investment\": 1000", "\"investment\": 0", "investment: 0 is not above 0")]
    [InlineData("\"investment\": 1000", "\"investment\": -5", "investment: -5 is not above 0")]
    [InlineData("\"investment\": 1000, ", "", "investment: missing; it is required")]
    [InlineData("\"discountRate\": 0.035", "\"discountRate\": 3.5", "discountRate: 3.5 is outside 0–1; a rate is a fraction (0.035 for 3.5%)")]
    [InlineData("\"discountRate\": 0.035", "\"discountRate\": \"green\"", "discountRate: expected a rate (0.035 for 3.5%), \"greenBook\" or an array of {fromYear, rate}, found \"green\"")]
    [InlineData("\"discountRate\": 0.035", "\"discountRate\": []", "discountRate: an empty schedule")]
    [InlineData("\"discountRate\": 0.035", "\"discountRate\": [{\"fromYear\": 5, \"rate\": 0.03}]", "discountRate[0].fromYear: 5: the first band must start at year 1")]
    [InlineData("\"discountRate\": 0.035", "\"discountRate\": [{\"fromYear\": 1, \"rate\": 0.03}, {\"fromYear\": 1, \"rate\": 0.02}]", "discountRate[1].fromYear: 1 does not come after the band before it")]
    [InlineData("\"discountRate\": 0.035", "\"discountRate\": [{\"fromYear\": 1, \"rate\": \"x\"}]", "discountRate[0].rate: expected a number, found \"x\"")]
    [InlineData("\"discountRate\": 0.035,", "", "discountRate: missing; it is required")]
    [InlineData("\"id\": \"jobs\", ", "", "outcomes[0].id: missing; it is required")]
    [InlineData("\"id\": \"jobs\"", "\"id\": \" \"", "outcomes[0].id: empty; every outcome needs an id")]
    [InlineData("\"years\": 3}", "\"years\": 3, \"weight\": 1}", "outcomes[0].weight: unknown property")]
    public void Read_BadInput_NamesThePathAndValue(string find, string replace, string expected)
    {
        // Act
        var (input, errors) = Read(Valid.Replace(find, replace, StringComparison.Ordinal));

        // Assert
        Assert.Null(input);
        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ManyProblems_ListsEveryOne()
    {
        // Arrange: a duplicate id, a missing field, a share out of range and text for a number, across two outcomes.
        const string Json = """
            {"investment": "lots", "discountRate": 0.035,
             "outcomes": [{"id": "a", "quantity": 1, "proxyValue": 1, "deadweight": 1.5, "attribution": 0, "displacement": 0, "dropOff": 0, "years": 1},
                          {"id": "a", "quantity": 1, "deadweight": 0, "attribution": 0, "displacement": 0, "dropOff": 0, "years": 1}]}
            """;

        // Act
        var (input, errors) = Read(Json);

        // Assert
        Assert.Null(input);
        Assert.Equal(
            ["investment: expected a number, found \"lots\"", "outcomes[0].deadweight: 1.5 is outside 0–1; a share is a fraction (0.25 for 25%)",
             "outcomes[1].id: \"a\" is given twice; outcome ids must differ", "outcomes[1].proxyValue: missing; it is required"],
            errors);
    }

    [Fact]
    public void Read_NoOutcomes_IsRefused()
    {
        // Act
        var (_, empty) = Read("""{"investment": 1, "discountRate": 0, "outcomes": []}""");
        var (_, absent) = Read("""{"investment": 1, "discountRate": 0}""");

        // Assert
        Assert.Equal(["outcomes: empty; at least one outcome is needed"], empty);
        Assert.Equal(["outcomes: missing; it is required"], absent);
    }

    [Fact]
    public void Read_SensitivitySteps_AreReadAndChecked()
    {
        // Act
        var (input, _) = Read(Valid.Replace("\"discountRate\"", "\"sensitivity\": {\"shareSteps\": [0.05], \"proxyValueSteps\": [0.3]}, \"discountRate\"", StringComparison.Ordinal));
        var (_, errors) = Read(Valid.Replace("\"discountRate\"", "\"sensitivity\": {\"shareSteps\": [2, \"x\"]}, \"discountRate\"", StringComparison.Ordinal));

        // Assert
        Assert.Equal([0.05m], input!.Sensitivity.ShareSteps);
        Assert.Equal([0.3m], input.Sensitivity.ProxyValueSteps);
        Assert.Equal(SensitivitySettings.Default.DiscountRateSteps, input.Sensitivity.DiscountRateSteps);
        Assert.Equal(["sensitivity.shareSteps[0]: 2 is outside -1 to 1; a step is a fraction (0.1 for 10 points or 10%)", "sensitivity.shareSteps[1]: expected a number, found \"x\""], errors);
    }

    [Fact]
    public void Write_TheResult_GivesTheContractsKeysAndExactNumbers()
    {
        // Arrange
        var sroi = SroiCalculatorTests.Calculate(1000m, 0.25m, SroiCalculatorTests.Outcome(dropOff: 0.5m, years: 5));

        // Act
        using var json = JsonDocument.Parse(SroiResultJson.Serialize(sroi));

        // Assert
        var root = json.RootElement;
        Assert.Equal(["presentValue", "netPresentValue", "ratio", "paybackYears", "outcomes", "years", "inputs", "sensitivity", "method"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal((1319.68m, 1.31968m, 1.625m), (root.GetProperty("presentValue").GetDecimal(), root.GetProperty("ratio").GetDecimal(), root.GetProperty("paybackYears").GetDecimal()));
        var outcome = root.GetProperty("outcomes")[0];
        Assert.Equal(["id", "yearValues", "presentValue", "undiscountedValues", "gross", "impact", "inputs"], outcome.EnumerateObject().Select(p => p.Name));
        Assert.Equal([800m, 320m, 128m, 51.2m, 20.48m], outcome.GetProperty("yearValues").EnumerateArray().Select(v => v.GetDecimal()));
        Assert.Equal(24, root.GetProperty("sensitivity").GetArrayLength());
    }
}
