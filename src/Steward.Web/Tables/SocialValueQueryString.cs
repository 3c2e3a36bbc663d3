using System.Globalization;
using Microsoft.Extensions.Primitives;
using Steward.Data.Portal;

namespace Steward.Web.Tables;

/// <summary>The social value list's filters as they arrive in a query string (its page, its API, its downloads).</summary>
public static class SocialValueQueryString
{
    public static readonly IReadOnlyList<string> Fields = ["q", "buyer", "cpv", "year", "publishers"];

    public static SocialValueQuery Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new SocialValueQuery
        {
            Text = Text(query["q"], 200),
            Buyer = Text(query["buyer"], 200),
            Cpv = Text(query["cpv"], 10),
            Year = Year(query["year"]),
            AllPublishers = query["publishers"].ToString() == "all",
            Page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? Math.Clamp(page, 1, ProcessSearch.MaxPage) : 1,
        };
    }

    /// <summary>Each value that cannot be read, with its field, in words a person can act on.</summary>
    public static IReadOnlyList<(string Field, string Message)> Errors(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new List<(string, string)>();
        if (!StringValues.IsNullOrEmpty(query["year"]) && Year(query["year"]) is null)
        {
            errors.Add(("year", $"Year must be a year like 2025 (not \"{Clip(query["year"])}\")"));
        }

        if (!StringValues.IsNullOrEmpty(query["cpv"]) && !query["cpv"].ToString().Trim().All(char.IsAsciiDigit))
        {
            errors.Add(("cpv", $"CPV code must be digits, like 85 or 85311000 (not \"{Clip(query["cpv"])}\")"));
        }

        return errors;
    }

    public static string QueryString(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = Fields.Where(f => !StringValues.IsNullOrEmpty(query[f])).Select(f => $"{f}={Uri.EscapeDataString(query[f].ToString())}").ToList();
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    private static int? Year(StringValues value) =>
        int.TryParse(value.ToString().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100 ? year : null;

    private static string? Text(StringValues value, int max)
    {
        var text = value.ToString().Trim();
        return text.Length == 0 ? null : text[..Math.Min(max, text.Length)];
    }

    private static string Clip(StringValues value)
    {
        var text = value.ToString();
        return text.Length > 40 ? text[..40] + "…" : text;
    }
}
