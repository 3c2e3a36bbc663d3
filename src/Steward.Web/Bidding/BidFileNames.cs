using System.Globalization;

namespace Steward.Web.Bidding;

/// <summary>
/// A bid attachment's name: its upload name without any folder, control characters or slashes, at most 200
/// characters, and unique within the bid ("plan (2).pdf" when two answers attach a "plan.pdf").
/// </summary>
public static class BidFileNames
{
    public const int MaxLength = 200;

    public static string Safe(string? uploaded, IEnumerable<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var name = uploaded ?? string.Empty;
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        if (name.Length == 0)
        {
            name = "attachment";
        }

        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        if (extension.Length > 20)
        {
            (stem, extension) = (name, string.Empty);
        }

        var used = taken.ToHashSet(StringComparer.Ordinal);
        for (var copy = 1; ; copy++)
        {
            var suffix = copy == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" ({copy})");
            var room = MaxLength - extension.Length - suffix.Length;
            var candidate = (stem.Length > room ? stem[..room] : stem) + suffix + extension;
            if (!used.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
