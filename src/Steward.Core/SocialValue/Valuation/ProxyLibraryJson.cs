using System.Text.Json;
using Steward.Core.Common;

namespace Steward.Core.SocialValue.Valuation;

/// <summary>
/// Reads a proxy-value library (docs/social-value.md): <c>{"id", "name"?, "source", "licence", "priceYear", "currency",
/// "values": [{"id", "measure", "unit", "value", "currency"?, "priceYear"?, "source"?, "licence"?}]}</c>. Every problem
/// is named by its JSON path: a library without a source or licence, a negative value, a currency other than GBP, a
/// price year that is not a year, a value id given twice, an unknown property.
/// </summary>
public static class ProxyLibraryJson
{
    public const string Code = "PROXY_LIBRARY_INVALID";

    private const string WhySource = "a library must say whose values these are";

    private const string WhyLicence = "a library must say on what terms its values may be used (e.g. Open Government Licence v3.0)";

    /// <summary>The library, or null with every problem.</summary>
    public static (ProxyLibrary? Library, IReadOnlyList<Error> Errors) Read(JsonElement root)
    {
        var errors = new List<Error>();
        if (JsonFieldReader.Root(root, Code, errors) is not { } r)
        {
            return (null, errors);
        }

        r.Only("id", "name", "source", "licence", "priceYear", "currency", "values");
        var id = ValuationRules.RequiredText(r, "id", "a library needs an id");
        var name = r.Text("name");
        var source = ValuationRules.RequiredText(r, "source", WhySource);
        var licence = ValuationRules.RequiredText(r, "licence", WhyLicence);
        var priceYear = ValuationRules.ReadYear(r, "priceYear", required: true);
        var currency = ValuationRules.ReadCurrency(r, "currency", required: true);
        if (r.Get("values") is { ValueKind: JsonValueKind.Array } given && given.GetArrayLength() == 0)
        {
            r.Fail("values", "empty; a library needs at least one value");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<ProxyValue>();
        foreach (var v in r.Objects("values", true, "id", "measure", "unit", "value", "currency", "priceYear", "source", "licence"))
        {
            var valueId = ValuationRules.RequiredText(v, "id", "every value needs an id");
            if (valueId is not null && !ids.Add(valueId))
            {
                v.Fail("id", $"\"{valueId}\" is given twice; value ids must differ");
            }

            var measure = ValuationRules.RequiredText(v, "measure", "say what the value is a value of");
            var unit = ValuationRules.RequiredText(v, "unit", "say what one unit is (e.g. person-year, FTE, hour, tCO2e)");
            var amount = v.Number("value", required: true);
            if (amount is < 0m or > ValuationRules.Largest)
            {
                v.Fail("value", amount < 0m ? $"{amount} is negative; a proxy value is 0 or more" : $"{amount} is above the largest allowed value, 1,000,000,000,000");
                amount = null;
            }

            var ownCurrency = ValuationRules.ReadCurrency(v, "currency", required: false);
            var ownYear = ValuationRules.ReadYear(v, "priceYear", required: false);
            var ownSource = Optional(v, "source", WhySource);
            var ownLicence = Optional(v, "licence", WhyLicence);
            if (valueId is not null && measure is not null && unit is not null && amount is { } pounds)
            {
                var value = new ProxyValue(valueId, measure, unit, pounds, ownCurrency ?? currency ?? ValuationRules.Pounds, ownYear ?? priceYear ?? 0,
                    ownSource ?? source ?? string.Empty, ownLicence ?? licence ?? string.Empty);
                values.Add(value with { LibraryId = id });
            }
        }

        if (errors.Count > 0 || id is null || source is null || licence is null || priceYear is null || currency is null)
        {
            return (null, errors);
        }

        return (new ProxyLibrary(id, name, source, licence, priceYear.Value, currency, values), errors);
    }

    /// <summary>The library from text; a syntax error is named by line and byte.</summary>
    public static (ProxyLibrary? Library, IReadOnlyList<Error> Errors) Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException exception)
        {
            return (null, [new Error(Code, $"not valid JSON: line {(exception.LineNumber ?? 0) + 1}, byte {(exception.BytePositionInLine ?? 0) + 1}")]);
        }
    }

    /// <summary>An optional text that, when given, may not be blank.</summary>
    private static string? Optional(JsonFieldReader reader, string field, string why) =>
        reader.Get(field) is null ? null : ValuationRules.RequiredText(reader, field, why);
}
