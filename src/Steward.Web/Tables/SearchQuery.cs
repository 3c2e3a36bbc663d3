using System.Globalization;
using Microsoft.Extensions.Primitives;
using Steward.Data.Portal;

namespace Steward.Web.Tables;

/// <summary>
/// Search filters as they arrive in a query string (the search page's form, the API, download links), read into
/// <see cref="SearchCriteria"/>; a value that cannot be read is reported with the field it came from.
/// </summary>
public static class SearchQuery
{
    /// <summary>The query-string names, in the order links write them.</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["q", "buyer", "cpv", "region", "minValue", "maxValue", "from", "to", "procedure", "noticeType", "status", "open", "sme", "vcse", "reserved", "publishers", "sort"];

    public static readonly IReadOnlyList<string> Procedures = ["open", "selective", "limited", "direct"];

    public static readonly IReadOnlyList<string> NoticeTypes =
        ["UK1", "UK2", "UK3", "UK4", "UK5", "UK6", "UK7", "UK8", "UK9", "UK10", "UK11", "UK12", "UK13", "UK14", "UK15", "UK16", "UK17"];

    public static readonly IReadOnlyList<string> Statuses = ["planning", "planned", "active", "cancelled", "unsuccessful", "complete", "withdrawn"];

    /// <summary><c>uk</c> (the default: the UK's publishers) or <c>all</c>.</summary>
    public static readonly IReadOnlyList<string> PublisherChoices = ["uk", "all"];

    /// <summary>The criteria, ignoring values that cannot be read (<see cref="Errors"/> lists them); open opportunities are judged on <paramref name="today"/>.</summary>
    public static SearchCriteria Read(IQueryCollection query, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new SearchCriteria
        {
            Text = Text(query["q"], 200),
            Buyer = Text(query["buyer"], 200),
            Cpv = Text(query["cpv"], 10),
            Region = Text(query["region"], 5),
            MinValue = Number(query["minValue"]),
            MaxValue = Number(query["maxValue"]),
            From = Day(query["from"]),
            To = Day(query["to"]),
            Procedure = OneOf(query["procedure"], Procedures),
            NoticeType = OneOf(query["noticeType"], NoticeTypes),
            Status = OneOf(query["status"], Statuses),
            SuitableForSme = Yes(query["sme"]),
            SuitableForVcse = Yes(query["vcse"]),
            Reserved = Yes(query["reserved"]),
            Open = Yes(query["open"]),
            Today = today,
            AllPublishers = query["publishers"].ToString() == "all",
            Order = query["sort"].ToString() switch { "newest" => SearchOrder.Newest, "value" => SearchOrder.Value, _ => SearchOrder.Relevance },
            Page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? Math.Clamp(page, 1, ProcessSearch.MaxPage) : 1,
        };
    }

    /// <summary>Today's date (UTC) on <paramref name="time"/>: the day open opportunities are judged on.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
    }

    /// <summary>Each value that cannot be read: the field's name and what is wrong, in words a person can act on.</summary>
    public static IReadOnlyList<(string Field, string Message)> Errors(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new List<(string, string)>();
        foreach (var (field, label) in new[] { ("minValue", "Estimated value from"), ("maxValue", "Estimated value up to") })
        {
            if (!StringValues.IsNullOrEmpty(query[field]) && Number(query[field]) is null)
            {
                errors.Add((field, $"{label} must be a number of pounds, like 100000 (not \"{Clip(query[field])}\")"));
            }
        }

        foreach (var (field, label) in new[] { ("from", "First published from"), ("to", "First published up to") })
        {
            if (!StringValues.IsNullOrEmpty(query[field]) && Day(query[field]) is null)
            {
                errors.Add((field, $"{label} must be a date like 2025-01-31 (not \"{Clip(query[field])}\")"));
            }
        }

        if (Number(query["minValue"]) is { } min && Number(query["maxValue"]) is { } max && min > max)
        {
            errors.Add(("maxValue", "Estimated value up to must be the same as or more than estimated value from"));
        }

        if (Day(query["from"]) is { } from && Day(query["to"]) is { } to && from > to)
        {
            errors.Add(("to", "First published up to must be the same as or after first published from"));
        }

        foreach (var (field, allowed) in new[] { ("procedure", Procedures), ("noticeType", NoticeTypes), ("status", Statuses), ("publishers", PublisherChoices) })
        {
            if (!StringValues.IsNullOrEmpty(query[field]) && OneOf(query[field], allowed) is null)
            {
                errors.Add((field, $"{field} must be one of {string.Join(", ", allowed)} (not \"{Clip(query[field])}\")"));
            }
        }

        return errors;
    }

    /// <summary>The filters as a query string (without the page), for links and downloads: "?q=…&amp;cpv=…", or empty.</summary>
    public static string QueryString(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = Fields.Where(f => !StringValues.IsNullOrEmpty(query[f])).Select(f => $"{f}={Uri.EscapeDataString(query[f].ToString())}").ToList();
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    private static string? Text(StringValues value, int max)
    {
        var text = value.ToString().Trim();
        return text.Length == 0 ? null : text[..Math.Min(max, text.Length)];
    }

    private static double? Number(StringValues value) =>
        double.TryParse(value.ToString().Replace(",", string.Empty, StringComparison.Ordinal).Replace("£", string.Empty, StringComparison.Ordinal).Trim(),
            NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) && number >= 0 ? number : null;

    private static DateOnly? Day(StringValues value) =>
        DateOnly.TryParseExact(value.ToString().Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string? OneOf(StringValues value, IReadOnlyList<string> allowed) =>
        allowed.FirstOrDefault(a => string.Equals(a, value.ToString().Trim(), StringComparison.OrdinalIgnoreCase));

    private static bool Yes(StringValues value) => value.ToString() is "true" or "on" or "1" or "yes";

    private static string Clip(StringValues value)
    {
        var text = value.ToString();
        return text.Length > 40 ? text[..40] + "…" : text;
    }
}
