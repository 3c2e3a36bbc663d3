using System.Text.Json;
using Steward.Core.SocialValue.Valuation;

namespace Steward.Core.Tests.SocialValue;

/// <summary>Re-basing values from one price year to another with a test series (not real deflators).</summary>
public sealed class DeflatorSeriesTests
{
    private const string Json = """
        {"id": "test-series", "source": "Made up for tests", "licence": "CC0",
         "values": [{"year": 2019, "index": 80}, {"year": 2020, "index": 90}, {"year": 2024, "index": 100}]}
        """;

    internal static DeflatorSeries Series()
    {
        using var document = JsonDocument.Parse(Json);
        return DeflatorSeriesJson.Read(document.RootElement).Series!;
    }

    private static IReadOnlyList<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. DeflatorSeriesJson.Read(document.RootElement).Errors.Select(e => e.Message)];
    }

    [Theory]
    [InlineData(13000, 2019, 2024, 16250)] // 13,000 × 100 ÷ 80
    [InlineData(16250, 2024, 2019, 13000)] // and back: 16,250 × 80 ÷ 100
    [InlineData(900, 2020, 2024, 1000)] // 900 × 100 ÷ 90
    [InlineData(1234.56, 2020, 2020, 1234.56)] // the same year: unchanged, even if absent
    public void Rebase_AValue_MultipliesByTheRatioOfTheIndices(double value, int from, int to, double expected)
    {
        // Act
        var rebased = Series().Rebase((decimal)value, from, to);

        // Assert
        Assert.Equal((decimal)expected, rebased.Value);
    }

    [Fact]
    public void Rebase_AYearMissingFromTheSeries_IsRefusedNamingIt()
    {
        // Act
        var result = Series().Rebase(100m, 2019, 2027);
        var both = Series().Rebase(100m, 2015, 2027);

        // Assert
        Assert.Equal("DEFLATOR_YEAR_MISSING", result.Error!.Code);
        Assert.StartsWith("the deflator series \"test-series\" has no index for 2027 (it covers 2019–2024)", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("no index for 2015 or 2027", both.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebase_AProxyValue_GivesItInTheTargetYearsPrices()
    {
        // Act
        var rebased = Series().Rebase(ProxyLibraries.GreenBook.Find("wellby")!, 2024);

        // Assert
        Assert.Equal((16250m, 2024, "wellby"), (rebased.Value.Value, rebased.Value.PriceYear, rebased.Value.Id));
    }

    [Theory]
    [InlineData("\"source\": \"Made up for tests\", ", "source: missing or empty")]
    [InlineData("\"licence\": \"CC0\",", "licence: missing or empty")]
    [InlineData("{\"year\": 2020, \"index\": 90}", "values[1].index: 0 is not above 0", "{\"year\": 2020, \"index\": 0}")]
    [InlineData("{\"year\": 2020, \"index\": 90}", "values[1].year: 2019 is given twice", "{\"year\": 2019, \"index\": 90}")]
    [InlineData("{\"year\": 2020, \"index\": 90}", "values[1].year: 2020.5 is not a year", "{\"year\": 2020.5, \"index\": 90}")]
    [InlineData("{\"year\": 2020, \"index\": 90}", "values[1].year: expected a number, found \"2020-21\"", "{\"year\": \"2020-21\", \"index\": 90}")]
    public void Read_BadSeries_NamesTheField(string find, string expected, string replace = "")
    {
        // Act
        var errors = Errors(Json.Replace(find, replace, StringComparison.Ordinal));

        // Assert
        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }
}
