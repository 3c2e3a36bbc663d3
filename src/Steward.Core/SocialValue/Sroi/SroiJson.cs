using System.Text.Json;
using Steward.Core.Common;

namespace Steward.Core.SocialValue.Sroi;

/// <summary>
/// Reads the input of <c>steward sroi</c> (docs/social-value.md): <c>{"investment", "discountRate", "outcomes": [{"id",
/// "quantity", "proxyValue", "deadweight", "attribution", "displacement", "dropOff", "years", "proxySource"?}],
/// "sensitivity"?}</c>, where <c>discountRate</c> is a number, <c>"greenBook"</c> or an array of <c>{"fromYear",
/// "rate"}</c>. Every problem is named by its JSON path (<c>outcomes[1].deadweight: 1.2 is outside 0–1 …</c>); unknown
/// properties are refused. The output is written by <see cref="SroiResultJson"/>.
/// </summary>
public static class SroiJson
{
    private static readonly string[] OutcomeFields = ["id", "quantity", "proxyValue", "deadweight", "attribution", "displacement", "dropOff", "years", "proxySource"];

    /// <summary>The input, or null with every problem.</summary>
    public static (SroiInput? Input, IReadOnlyList<Error> Errors) Read(JsonElement root)
    {
        var errors = new List<Error>();
        if (JsonFieldReader.Root(root, SroiRules.Code, errors) is not { } r)
        {
            return (null, errors);
        }

        r.Only("investment", "discountRate", "outcomes", "sensitivity");
        var investment = Checked(r, "investment", r.Number("investment", required: true), SroiRules.Investment);
        var discount = Discount(r);
        var outcomes = Outcomes(r);
        var sensitivity = Sensitivity(r);
        if (errors.Count > 0 || investment is null || discount is null || outcomes.Any(o => o is null))
        {
            return (null, errors);
        }

        var input = new SroiInput(investment.Value, discount, [.. outcomes.OfType<SroiOutcome>()]) { Sensitivity = sensitivity };
        return (input, input.Validate());
    }

    private static List<SroiOutcome?> Outcomes(JsonFieldReader r)
    {
        if (r.Element.TryGetProperty("outcomes", out var given) && given.ValueKind == JsonValueKind.Array && given.GetArrayLength() == 0)
        {
            r.Fail("outcomes", "empty; at least one outcome is needed");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var outcomes = new List<SroiOutcome?>();
        foreach (var o in r.Objects("outcomes", true, OutcomeFields))
        {
            var id = o.Text("id", required: true);
            if (id is not null && string.IsNullOrWhiteSpace(id))
            {
                o.Fail("id", "empty; every outcome needs an id");
                id = null;
            }
            else if (id is not null && !ids.Add(id))
            {
                o.Fail("id", $"\"{id}\" is given twice; outcome ids must differ");
                id = null;
            }

            var quantity = Checked(o, "quantity", o.Number("quantity", required: true), SroiRules.Quantity);
            var proxy = Checked(o, "proxyValue", o.Number("proxyValue", required: true), SroiRules.ProxyValue);
            var deadweight = Checked(o, "deadweight", o.Number("deadweight", required: true), SroiRules.Share);
            var attribution = Checked(o, "attribution", o.Number("attribution", required: true), SroiRules.Share);
            var displacement = Checked(o, "displacement", o.Number("displacement", required: true), SroiRules.Share);
            var dropOff = Checked(o, "dropOff", o.Number("dropOff", required: true), SroiRules.Share);
            var years = Checked(o, "years", o.Number("years", required: true), SroiRules.Years);
            var source = o.Text("proxySource");
            outcomes.Add(id is null || quantity is null || proxy is null || deadweight is null || attribution is null || displacement is null || dropOff is null || years is null
                ? null
                : new SroiOutcome(id, quantity.Value, proxy.Value, deadweight.Value, attribution.Value, displacement.Value, dropOff.Value, (int)years.Value)
                {
                    ProxySource = source,
                });
        }

        return outcomes;
    }

    private static DiscountSchedule? Discount(JsonFieldReader r)
    {
        const string Expected = "expected a rate (0.035 for 3.5%), \"greenBook\" or an array of {fromYear, rate}";
        if (!r.Element.TryGetProperty("discountRate", out var given))
        {
            r.Fail("discountRate", $"missing; it is required ({Expected})");
            return null;
        }

        switch (given.ValueKind)
        {
            case JsonValueKind.Number:
                return Checked(r, "discountRate", r.Number("discountRate"), SroiRules.Rate) is { } flat ? DiscountSchedule.Flat(flat) : null;
            case JsonValueKind.String when given.GetString() == DiscountSchedule.GreenBookName:
                return DiscountSchedule.GreenBook;
            case JsonValueKind.Array:
                var bands = new List<DiscountBand?>();
                decimal? previous = null;
                foreach (var band in r.Objects("discountRate", false, "fromYear", "rate"))
                {
                    var from = band.Number("fromYear", required: true);
                    if (from is { } year && SroiRules.FromYear(year, previous, bands.Count == 0) is { } problem)
                    {
                        band.Fail("fromYear", problem);
                        from = null;
                    }

                    previous = from ?? previous;
                    var rate = Checked(band, "rate", band.Number("rate", required: true), SroiRules.Rate);
                    bands.Add(from is null || rate is null ? null : new DiscountBand((int)from.Value, rate.Value));
                }

                if (bands.Count == 0)
                {
                    r.Fail("discountRate", "an empty schedule; give at least one band from year 1");
                    return null;
                }

                return bands.All(b => b is not null) ? DiscountSchedule.Create([.. bands.OfType<DiscountBand>()]).Value : null;
            default:
                r.Fail("discountRate", $"{Expected}, found {JsonFieldReader.Describe(given)}");
                return null;
        }
    }

    private static SensitivitySettings Sensitivity(JsonFieldReader r)
    {
        var defaults = SensitivitySettings.Default;
        if (r.Object("sensitivity") is not { } s)
        {
            return defaults;
        }

        s.Only("shareSteps", "discountRateSteps", "proxyValueSteps");
        return new SensitivitySettings(Steps(s, "shareSteps") ?? defaults.ShareSteps, Steps(s, "discountRateSteps") ?? defaults.DiscountRateSteps,
            Steps(s, "proxyValueSteps") ?? defaults.ProxyValueSteps);
    }

    private static List<decimal>? Steps(JsonFieldReader s, string field)
    {
        if (s.Get(field) is null)
        {
            return null;
        }

        var steps = new List<decimal>();
        foreach (var (item, path) in s.Array(field))
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetDecimal(out var step))
            {
                s.FailAt(path, $"expected a number, found {JsonFieldReader.Describe(item)}");
            }
            else if (SroiRules.Step(step) is { } problem)
            {
                s.FailAt(path, problem);
            }
            else
            {
                steps.Add(step);
            }
        }

        return steps;
    }

    private static decimal? Checked(JsonFieldReader reader, string field, decimal? value, Func<decimal, string?> rule)
    {
        if (value is { } number && rule(number) is { } problem)
        {
            reader.Fail(field, problem);
            return null;
        }

        return value;
    }
}
