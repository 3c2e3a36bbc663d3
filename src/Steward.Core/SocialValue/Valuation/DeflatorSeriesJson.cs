using System.Globalization;
using System.Text.Json;
using Steward.Core.Common;

namespace Steward.Core.SocialValue.Valuation;

/// <summary>
/// Reads a deflator series (docs/social-value.md): <c>{"id", "name"?, "source", "licence", "values": [{"year", "index"}]}</c>,
/// every problem named by its JSON path (no source or licence, a year that is not a year or is given twice, an index
/// not above 0).
/// </summary>
public static class DeflatorSeriesJson
{
    public const string Code = "DEFLATOR_SERIES_INVALID";

    /// <summary>The series, or null with every problem.</summary>
    public static (DeflatorSeries? Series, IReadOnlyList<Error> Errors) Read(JsonElement root)
    {
        var errors = new List<Error>();
        if (JsonFieldReader.Root(root, Code, errors) is not { } r)
        {
            return (null, errors);
        }

        r.Only("id", "name", "source", "licence", "values");
        var id = ValuationRules.RequiredText(r, "id", "a series needs an id");
        var name = r.Text("name");
        var source = ValuationRules.RequiredText(r, "source", "say where the index comes from (e.g. HM Treasury GDP deflators, and which release)");
        var licence = ValuationRules.RequiredText(r, "licence", "say on what terms it may be used (e.g. Open Government Licence v3.0)");
        if (r.Get("values") is { ValueKind: JsonValueKind.Array } given && given.GetArrayLength() == 0)
        {
            r.Fail("values", "empty; a series needs at least one year");
        }

        var index = new SortedDictionary<int, decimal>();
        foreach (var v in r.Objects("values", true, "year", "index"))
        {
            var year = ValuationRules.ReadYear(v, "year", required: true);
            var level = v.Number("index", required: true);
            if (level <= 0m)
            {
                v.Fail("index", string.Create(CultureInfo.InvariantCulture, $"{level} is not above 0; an index is a positive number (e.g. 100 in its base year)"));
                level = null;
            }

            if (year is { } y && !index.TryAdd(y, level ?? 0m))
            {
                v.Fail("year", string.Create(CultureInfo.InvariantCulture, $"{y} is given twice"));
            }
        }

        if (errors.Count > 0 || id is null || source is null || licence is null)
        {
            return (null, errors);
        }

        return (new DeflatorSeries(id, name, source, licence, index), errors);
    }
}
