using System.Globalization;
using System.Text.Json;
using Steward.Core.Common;

namespace Steward.Core.SocialValue.Valuation;

/// <summary>The bounds on libraries and deflator series, each answering null or the problem in words.</summary>
internal static class ValuationRules
{
    /// <summary>The one currency Steward values in.</summary>
    public const string Pounds = "GBP";

    public const int FirstYear = 1900;

    public const int LastYear = 2100;

    /// <summary>The largest amount a proxy value, a KPI target or a report may give, so that sums and products stay exact.</summary>
    public const decimal Largest = 1_000_000_000_000m;

    public static string? Currency(string currency) =>
        string.Equals(currency, Pounds, StringComparison.Ordinal) ? null : $"\"{currency}\" is not a currency Steward values in; use GBP (pounds sterling)";

    public static string? Year(decimal year) =>
        year != decimal.Truncate(year) || year is < FirstYear or > LastYear
            ? string.Create(CultureInfo.InvariantCulture, $"{year} is not a year; give a whole year from {FirstYear} to {LastYear}, e.g. 2024")
            : null;

    /// <summary>Units match when equal, ignoring case and surrounding spaces ("FTE" and "fte").</summary>
    public static bool SameUnit(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>A text field that must be given and not blank; <paramref name="why"/> ends the message when it is not.</summary>
    public static string? RequiredText(JsonFieldReader reader, string field, string why)
    {
        if (reader.Get(field) is { ValueKind: not JsonValueKind.String })
        {
            return reader.Text(field);
        }

        var text = reader.Text(field);
        if (!string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        reader.Fail(field, $"missing or empty; {why}");
        return null;
    }

    /// <summary>A year field, whole and within <see cref="FirstYear"/>–<see cref="LastYear"/>.</summary>
    public static int? ReadYear(JsonFieldReader reader, string field, bool required)
    {
        if (reader.Number(field, required: required) is not { } year)
        {
            return null;
        }

        if (Year(year) is { } problem)
        {
            reader.Fail(field, problem);
            return null;
        }

        return (int)year;
    }

    /// <summary>A currency field: GBP only.</summary>
    public static string? ReadCurrency(JsonFieldReader reader, string field, bool required)
    {
        if (reader.Text(field, required) is not { } currency)
        {
            return null;
        }

        if (Currency(currency) is { } problem)
        {
            reader.Fail(field, problem);
            return null;
        }

        return currency;
    }
}
