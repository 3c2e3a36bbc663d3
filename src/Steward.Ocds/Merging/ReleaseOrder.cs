using System.Globalization;
using System.Text.Json;

namespace Steward.Ocds.Merging;

/// <summary>
/// The order releases are merged in: by <c>date</c>, earliest first (OCDS merging specification). Dates that both
/// parse as ISO 8601 compare as instants, so <c>+01:00</c> and <c>Z</c> offsets order correctly (ocdsmerge compares
/// the strings, which agrees whenever a publisher uses one offset); otherwise they compare as text. A release
/// without a date comes first. Ties keep input order, so the later one wins.
/// </summary>
public static class ReleaseOrder
{
    /// <summary>Sorts <paramref name="releases"/> into merge order, stably.</summary>
    public static List<JsonElement> Sort(IEnumerable<JsonElement> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        return releases
            .Select((release, index) => (Release: release, Index: index, Date: DateOf(release)))
            .Order(Comparer<(JsonElement Release, int Index, DateKey Date)>.Create((a, b) =>
            {
                var byDate = a.Date.CompareTo(b.Date);
                return byDate != 0 ? byDate : a.Index.CompareTo(b.Index);
            }))
            .Select(x => x.Release)
            .ToList();
    }

    /// <summary>The release's <c>date</c> as text, or null when it has none.</summary>
    public static string? DateText(JsonElement release) =>
        release.ValueKind == JsonValueKind.Object && release.TryGetProperty("date", out var date) &&
        date.ValueKind == JsonValueKind.String
            ? date.GetString()
            : null;

    private static DateKey DateOf(JsonElement release)
    {
        var text = DateText(release);
        if (text is null)
        {
            return new DateKey(null, null);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var instant)
            ? new DateKey(text, instant)
            : new DateKey(text, null);
    }

    private readonly record struct DateKey(string? Text, DateTimeOffset? Instant) : IComparable<DateKey>
    {
        public int CompareTo(DateKey other)
        {
            if (Text is null || other.Text is null)
            {
                return (Text is null).CompareTo(other.Text is null) * -1;
            }

            return Instant is { } mine && other.Instant is { } theirs
                ? mine.CompareTo(theirs)
                : string.CompareOrdinal(Text, other.Text);
        }
    }
}
