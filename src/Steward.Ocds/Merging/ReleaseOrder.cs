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
    public static List<JsonElement> Sort(IReadOnlyList<JsonElement> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        var keys = new DateKey[releases.Count];
        var order = new List<JsonElement>(releases.Count);
        for (var i = 0; i < releases.Count; i++)
        {
            // Insertion sort: a process has a handful of releases, and ties must keep their input order.
            var key = DateOf(releases[i]);
            var at = i;
            while (at > 0 && keys[at - 1].CompareTo(key) > 0)
            {
                keys[at] = keys[at - 1];
                at--;
            }

            keys[at] = key;
            order.Insert(at, releases[i]);
        }

        return order;
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
