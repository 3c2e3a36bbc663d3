using Steward.Core.SocialValue.Valuation;

namespace Steward.Core.Tests.SocialValue;

/// <summary>Reading a proxy-value library: every refusal named by its JSON path.</summary>
public sealed class ProxyLibraryJsonTests
{
    private const string Valid = """
        {"id": "council-2025", "name": "Council values", "source": "Example Council, social value framework 2025", "licence": "CC BY 4.0",
         "priceYear": 2024, "currency": "GBP",
         "values": [{"id": "local-hire", "measure": "A local resident hired", "unit": "person-year", "value": 1500},
                    {"id": "volunteering", "measure": "An hour of staff volunteering", "unit": "hour", "value": 16.5, "priceYear": 2023, "source": "Own survey", "licence": "OGL v3.0"}]}
        """;

    private static IReadOnlyList<string> Errors(string json) => [.. ProxyLibraryJson.Read(json).Errors.Select(e => e.Message)];

    [Fact]
    public void Read_AValidLibrary_GivesEachValueItsOwnOrTheLibrarysTerms()
    {
        // Act
        var (library, errors) = ProxyLibraryJson.Read(Valid);

        // Assert
        Assert.Empty(errors);
        Assert.Equal(("council-2025", 2024, "GBP"), (library!.Id, library.PriceYear, library.Currency));
        Assert.Equal(new ProxyValue("local-hire", "A local resident hired", "person-year", 1500m, "GBP", 2024, "Example Council, social value framework 2025", "CC BY 4.0")
        {
            LibraryId = "council-2025",
        }, library.Find("local-hire"));
        var volunteering = library.Find("volunteering")!;
        Assert.Equal((2023, "Own survey", "OGL v3.0", 16.5m), (volunteering.PriceYear, volunteering.Source, volunteering.Licence, volunteering.Value));
    }

    [Theory]
    [InlineData("\"source\": \"Example Council, social value framework 2025\", ", "", "source: missing or empty; a library must say whose values these are")]
    [InlineData("\"source\": \"Example Council, social value framework 2025\"", "\"source\": \"  \"", "source: missing or empty")]
    [InlineData("\"licence\": \"CC BY 4.0\",", "", "licence: missing or empty; a library must say on what terms its values may be used")]
    [InlineData("\"licence\": \"CC BY 4.0\"", "\"licence\": 4", "licence: expected a string, found 4")]
    [InlineData("\"value\": 1500", "\"value\": -1500", "values[0].value: -1500 is negative; a proxy value is 0 or more")]
    [InlineData("\"value\": 1500", "\"value\": 2e12", "values[0].value: 2000000000000 is above the largest allowed value, 1,000,000,000,000")]
    [InlineData("\"value\": 1500", "\"value\": \"£1,500\"", "values[0].value: expected a number, found \"£1,500\"")]
    [InlineData("\"currency\": \"GBP\"", "\"currency\": \"EUR\"", "currency: \"EUR\" is not a currency Steward values in; use GBP (pounds sterling)")]
    [InlineData("\"value\": 1500}", "\"value\": 1500, \"currency\": \"USD\"}", "values[0].currency: \"USD\" is not a currency")]
    [InlineData("\"priceYear\": 2024", "\"priceYear\": 24", "priceYear: 24 is not a year; give a whole year from 1900 to 2100, e.g. 2024")]
    [InlineData("\"priceYear\": 2024", "\"priceYear\": 2024.5", "priceYear: 2024.5 is not a year")]
    [InlineData("\"priceYear\": 2024", "\"priceYear\": \"2024\"", "priceYear: expected a number, found \"2024\"")]
    [InlineData("\"priceYear\": 2023", "\"priceYear\": 1066", "values[1].priceYear: 1066 is not a year")]
    [InlineData("\"id\": \"volunteering\"", "\"id\": \"local-hire\"", "values[1].id: \"local-hire\" is given twice; value ids must differ")]
    [InlineData("\"unit\": \"hour\", ", "", "values[1].unit: missing or empty; say what one unit is")]
    [InlineData("\"source\": \"Own survey\"", "\"source\": \"\"", "values[1].source: missing or empty; a library must say whose values these are")]
    [InlineData("\"value\": 1500}", "\"value\": 1500, \"tag\": \"x\"}", "values[0].tag: unknown property")]
    public void Read_BadLibrary_IsRefusedNamingTheField(string find, string replace, string expected)
    {
        // Act
        var (library, errors) = ProxyLibraryJson.Read(Valid.Replace(find, replace, StringComparison.Ordinal));

        // Assert
        Assert.Null(library);
        Assert.Contains(errors, e => e.Message.StartsWith(expected, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal("PROXY_LIBRARY_INVALID", e.Code));
    }

    [Fact]
    public void Read_NoSourceNoLicenceAndANegativeValue_ListsEveryProblem()
    {
        // Act
        var errors = Errors("""{"id": "x", "priceYear": 2024, "currency": "GBP", "values": [{"id": "a", "measure": "m", "unit": "u", "value": -1}]}""");

        // Assert
        Assert.Equal(3, errors.Count);
        Assert.StartsWith("source:", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("licence:", errors[1], StringComparison.Ordinal);
        Assert.StartsWith("values[0].value:", errors[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoValuesOrNotJson_IsRefused()
    {
        // Act
        var empty = Errors("""{"id": "x", "source": "s", "licence": "l", "priceYear": 2024, "currency": "GBP", "values": []}""");
        var broken = Errors("{\"id\": ");

        // Assert
        Assert.Equal(["values: empty; a library needs at least one value"], empty);
        Assert.StartsWith("not valid JSON: line 1", Assert.Single(broken), StringComparison.Ordinal);
    }

    [Fact]
    public void GreenBook_TheShippedLibrary_IsOpenlyLicensedWithItsSource()
    {
        // Act
        var library = ProxyLibraries.GreenBook;

        // Assert: only the WELLBY, £13,000 in 2019 prices (HM Treasury, OGL); never TOMs or HACT values.
        var wellby = Assert.Single(library.Values);
        Assert.Equal(("wellby", "WELLBY", 13000m, 2019), (wellby.Id, wellby.Unit, wellby.Value, wellby.PriceYear));
        Assert.Equal("Open Government Licence v3.0", library.Licence);
        Assert.Contains("HM Treasury", library.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("HACT", library.Source, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("TOMs", library.Source, StringComparison.OrdinalIgnoreCase);
    }
}
