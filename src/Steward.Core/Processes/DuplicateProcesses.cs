using System.Globalization;

namespace Steward.Core.Processes;

/// <summary>
/// The same notice published twice, under two OCIDs or by two publishers (Contracts Finder repeated Find a Tender's
/// notices from 2021 to February 2025 without a link; a buyer re-advertises to change a deadline), so that it is
/// counted once (docs/indicators.md, "Duplicates"). Two processes are one when they have the same buyer
/// (organisation), the same title (normalised), the same value to the pound (the larger of the estimated value and
/// the largest award), and share a day: a tender deadline, an award date or a contract start. Processes without a
/// buyer, a title or a value are never matched. Of a matched group, the one kept is the statutory publisher's
/// (Find a Tender, then the devolved services, then Contracts Finder), then the first published, then the lowest ocid.
/// </summary>
public static class DuplicateProcesses
{
    private static readonly string[] PublisherPreference = ["ocds-h6vhtk", "ocds-r6ebe6", "ocds-kuma6s", "ocds-b5fd17"];

    /// <summary>The title as matching compares it: lower case, letters and digits, single spaces.</summary>
    public static string? TitleKey(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var key = string.Join(' ', new string(title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return key.Length == 0 ? null : key;
    }

    /// <summary>Each duplicate in <paramref name="candidates"/> (one buyer and title key), with the process it repeats and why.</summary>
    public static IReadOnlyList<DuplicateMatch> Find(IReadOnlyList<DuplicateCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var matches = new List<DuplicateMatch>();
        var groups = candidates.Where(c => c.BuyerId is not null && c.TitleKey is not null && ValueKey(c) is not null)
            .GroupBy(c => (c.BuyerId, c.TitleKey, Value: ValueKey(c)));
        foreach (var group in groups)
        {
            var members = group.OrderBy(Preference).ThenBy(c => c.FirstPublished ?? DateTime.MaxValue).ThenBy(c => c.Ocid, StringComparer.Ordinal).ToList();
            var kept = new List<DuplicateCandidate>();
            foreach (var member in members)
            {
                if (kept.FirstOrDefault(k => SharedDay(k, member) is not null) is { } original)
                {
                    var day = SharedDay(original, member)!.Value;
                    matches.Add(new DuplicateMatch(member.Ocid, original.Ocid, string.Create(CultureInfo.InvariantCulture,
                        $"the same buyer, title and value (£{group.Key.Value:N0}) as {original.Ocid}, and the same date {day:yyyy-MM-dd}")));
                }
                else
                {
                    kept.Add(member);
                }
            }
        }

        return matches;
    }

    private static int Preference(DuplicateCandidate candidate) =>
        Array.IndexOf(PublisherPreference, candidate.Publisher) is var rank and >= 0 ? rank : PublisherPreference.Length;

    private static long? ValueKey(DuplicateCandidate candidate)
    {
        var values = candidate.AwardValues.Append(candidate.TenderValue ?? 0).Where(v => v > 1).ToList();
        return values.Count == 0 ? null : (long)Math.Round(values.Max(), MidpointRounding.AwayFromZero);
    }

    private static DateOnly? SharedDay(DuplicateCandidate a, DuplicateCandidate b)
    {
        var days = a.Days.ToHashSet();
        return b.Days.Where(days.Contains).Order().Cast<DateOnly?>().FirstOrDefault();
    }
}

/// <summary>What matching reads of a process: its buyer, title key, values and the days it is dated by.</summary>
public sealed record DuplicateCandidate(string Ocid, string? Publisher, string? BuyerId, string? TitleKey, double? TenderValue,
    IReadOnlyList<double> AwardValues, IReadOnlyList<DateOnly> Days, DateTime? FirstPublished);

/// <summary><see cref="Ocid"/> repeats <see cref="DuplicateOf"/>, for <see cref="Reason"/>.</summary>
public sealed record DuplicateMatch(string Ocid, string DuplicateOf, string Reason);
