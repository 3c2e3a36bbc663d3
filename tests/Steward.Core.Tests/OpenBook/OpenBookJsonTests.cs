using System.Text.Json;
using Steward.Core.OpenBook;

namespace Steward.Core.Tests.OpenBook;

public class OpenBookJsonTests
{
    private const string Template = """
        {
          "id": "ch-lot-1", "title": "Children's home placements", "unit": "placement-week", "expectedUnits": 52,
          "serviceCategory": "childrens-homes",
          "lines": [
            { "id": "staff", "label": "Care staff", "category": "Staff", "required": true, "guidance": "Include on-costs" },
            { "id": "interest", "label": "Interest on owner loans", "category": "finance" },
            { "id": "margin", "label": "Margin", "category": "Margin", "required": true }
          ]
        }
        """;

    private const string Submission = """
        { "templateId": "ch-lot-1", "supplierId": "s1", "units": 4,
          "lines": [ { "lineId": "staff", "amount": 8000 }, { "lineId": "margin", "amount": 2000.50 } ],
          "declaredMargin": 2000.50 }
        """;

    private const string Policy = """
        { "id": "buyer-cap", "serviceCategory": "childrens-homes", "jurisdiction": "England", "capType": "MarginPercent",
          "capValue": 10, "effectiveFrom": "2026-05-01", "effectiveTo": null, "legalBasis": "Contract clause 12",
          "benchmarks": [ { "population": "the largest providers", "operatingMarginPercent": 23, "source": "CMA (22 Oct 2021)" } ] }
        """;

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void ReadTemplate_GoodJson_ReadsEveryField()
    {
        // Arrange
        var json = Parse(Template);

        // Act
        var template = OpenBookJson.ReadTemplate(json).Value;

        // Assert
        Assert.Equal(("ch-lot-1", "placement-week", 52m, "childrens-homes"), (template.Id, template.Unit, template.ExpectedUnits, template.ServiceCategory));
        Assert.Equal([CostCategory.Staff, CostCategory.Finance, CostCategory.Margin], template.Lines.Select(l => l.Category));
        Assert.Equal([true, false, true], template.Lines.Select(l => l.Required));
        Assert.Equal("Include on-costs", template.Lines[0].Guidance);
        Assert.Empty(template.Validate());
    }

    [Fact]
    public void ReadSubmissionAndPolicy_GoodJson_ReadEveryField()
    {
        // Arrange
        var (submissionJson, policyJson) = (Parse(Submission), Parse(Policy));

        // Act
        var submission = OpenBookJson.ReadSubmission(submissionJson).Value;
        var policy = OpenBookJson.ReadPolicy(policyJson).Value;

        // Assert
        Assert.Equal(2000.50m, submission.DeclaredMargin);
        Assert.Equal(["staff", "margin"], submission.Lines.Select(l => l.LineId));
        Assert.Equal(4m, submission.Units);
        Assert.Equal((ProfitCapType.MarginPercent, 10m, new DateOnly(2026, 5, 1), (DateOnly?)null), (policy.CapType, policy.CapValue, policy.EffectiveFrom, policy.EffectiveTo));
        Assert.Equal(23m, policy.Benchmarks.Single().OperatingMarginPercent);
        Assert.Empty(policy.Validate());
    }

    [Theory]
    [InlineData("""{ "lineId": "staff", "amount": "ten" }""", "lines[1].amount: expected a number, found \"ten\".")]
    [InlineData("""{ "lineId": "staff", "amount": "NaN" }""", "lines[1].amount: expected a number, found \"NaN\".")]
    [InlineData("""{ "lineId": "staff", "amount": "Infinity" }""", "lines[1].amount: expected a number, found \"Infinity\".")]
    [InlineData("""{ "lineId": "staff", "amount": 1e400 }""", "lines[1].amount: expected a number within ±7.9e28, found 1e400.")]
    [InlineData("""{ "lineId": "staff", "amount": null }""", "lines[1].amount: expected a number, found null.")]
    [InlineData("""{ "lineId": "staff" }""", "lines[1].amount: missing; it is required.")]
    [InlineData("""{ "lineId": 7, "amount": 1 }""", "lines[1].lineId: expected a string, found 7.")]
    [InlineData("""{ "lineId": "staff", "amount": 1, "ammount": 2 }""", "lines[1].ammount: unknown property; expected one of lineId, amount.")]
    [InlineData("""[ "staff", 1 ]""", "lines[1]: expected an object, found an array.")]
    public void ReadSubmission_BadLine_NamesPathAndValue(string line, string expected)
    {
        // Arrange
        var json = Parse($$"""{ "templateId": "t", "supplierId": "s", "units": 1, "lines": [ { "lineId": "a", "amount": 1 }, {{line}} ] }""");

        // Act
        var result = OpenBookJson.ReadSubmission(json);

        // Assert
        Assert.False(result.IsSuccess);
        Assert.Equal("OPEN_BOOK_JSON", result.Error!.Code);
        Assert.Equal(expected, result.Error.Message);
    }

    [Theory]
    [InlineData("""[]""", "$: expected an object, found an array.")]
    [InlineData("""{ "id": "t", "title": "T", "unit": "hour", "expectedUnits": 1 }""", "lines: missing; it is required.")]
    [InlineData("""{ "id": "t", "title": "T", "unit": "hour", "expectedUnits": 1, "lines": {} }""", "lines: expected an array, found an object.")]
    [InlineData("""{ "id": "t", "title": "T", "unit": "hour", "expectedUnits": "52", "lines": [] }""", "expectedUnits: expected a number, found \"52\".")]
    [InlineData("""{ "id": "t", "title": "T", "unit": "hour", "expectedUnits": 1, "lines": [ { "id": "a", "label": "A", "category": "Wages" } ] }""",
        "lines[0].category: expected one of Staff, OtherDirect, Overheads, Capital, Finance, Margin, found \"Wages\".")]
    [InlineData("""{ "id": "t", "title": "T", "unit": "hour", "expectedUnits": 1, "lines": [ { "id": "a", "label": "A", "category": 0 } ] }""",
        "lines[0].category: expected one of Staff, OtherDirect, Overheads, Capital, Finance, Margin, found 0.")]
    [InlineData("""{ "id": "t", "title": "T", "unit": "hour", "expectedUnits": 1, "lines": [ { "id": "a", "label": "A", "category": "Staff", "required": "yes" } ] }""",
        "lines[0].required: expected true or false, found \"yes\".")]
    public void ReadTemplate_BadJson_NamesPathAndValue(string json, string expected)
    {
        // Arrange
        var element = Parse(json);

        // Act
        var result = OpenBookJson.ReadTemplate(element);

        // Assert
        Assert.Equal(expected, result.Error?.Message);
    }

    [Theory]
    [InlineData("effectiveFrom", "\"1 May 2026\"", "effectiveFrom: \"1 May 2026\" is not a date written YYYY-MM-DD.")]
    [InlineData("capType", "\"Percent\"", "capType: expected one of None, MarginPercent, MarkupPercent, PricePerUnit, found \"Percent\".")]
    [InlineData("capValue", "\"10%\"", "capValue: expected a number, found \"10%\".")]
    [InlineData("legalBasis", "null", "legalBasis: expected a string, found null.")]
    [InlineData("benchmarks", "[ { \"population\": \"p\" } ]", "benchmarks[0].source: missing; it is required.")]
    public void ReadPolicy_BadField_NamesPathAndValue(string field, string value, string expected)
    {
        // Arrange
        var policy = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Policy)!;
        policy[field] = Parse(value);
        var json = JsonSerializer.SerializeToElement(policy);

        // Act
        var result = OpenBookJson.ReadPolicy(json);

        // Assert
        Assert.Equal(expected, result.Error?.Message);
    }

    [Fact]
    public void ReadSubmission_SeveralProblems_ReportsEachInOrderInOneError()
    {
        // Arrange
        var json = Parse("""
            { "templateId": 1, "supplierId": "s", "units": "x", "colour": "blue",
              "lines": [ { "lineId": "a", "amount": 1e400, "ammount": 2 }, 3 ] }
            """);

        // Act
        var result = OpenBookJson.ReadSubmission(json);

        // Assert
        Assert.Equal("OPEN_BOOK_JSON", result.Error?.Code);
        Assert.Equal(
            "colour: unknown property; expected one of templateId, supplierId, supplierName, units, lines, declaredMargin; "
            + "templateId: expected a string, found 1; units: expected a number, found \"x\"; "
            + "lines[0].ammount: unknown property; expected one of lineId, amount; "
            + "lines[0].amount: expected a number within ±7.9e28, found 1e400; lines[1]: expected an object, found 3.",
            result.Error?.Message);
    }

    [Theory]
    [InlineData("capType", "null", "capType: expected one of None, MarginPercent, MarkupPercent, PricePerUnit, found null.")]
    [InlineData("effectiveFrom", "20260501", "effectiveFrom: expected a string, found 20260501.")]
    [InlineData("benchmarks", "[ { \"population\": \"p\", \"source\": \"s\", \"priceApproximate\": null, \"averagePrice\": null } ]", null)]
    public void ReadPolicy_NullOrWrongKind_RequiredRefusedOptionalAbsent(string field, string value, string? expected)
    {
        // Arrange
        var policy = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Policy)!;
        policy[field] = Parse(value);
        var json = JsonSerializer.SerializeToElement(policy);

        // Act
        var result = OpenBookJson.ReadPolicy(json);

        // Assert
        Assert.Equal(expected, result.Error?.Message);
    }
}
