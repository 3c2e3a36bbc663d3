using System.Globalization;

namespace Steward.Core.SocialValue.Sroi;

/// <summary>
/// The bounds on every SROI input, each answering null or the problem in words. <see cref="SroiInput.Validate"/> and
/// <see cref="SroiJson"/> both use them, so a file and a caller in code get the same messages.
/// </summary>
internal static class SroiRules
{
    public const string Code = "SROI_INVALID";

    /// <summary>The longest an outcome may last, in years (the Green Book schedule's last band starts at year 301).</summary>
    public const int MaxYears = 1000;

    public static string? Share(decimal value) =>
        value is < 0m or > 1m ? Text($"{value} is outside 0–1; a share is a fraction (0.25 for 25%)") : null;

    public static string? Rate(decimal value) =>
        value is < 0m or > 1m ? Text($"{value} is outside 0–1; a rate is a fraction (0.035 for 3.5%)") : null;

    public static string? Quantity(decimal value) =>
        value < 0m ? Text($"{value} is negative; a quantity is 0 or more") : null;

    public static string? ProxyValue(decimal value) =>
        value < 0m ? Text($"{value} is negative; a proxy value is 0 or more") : null;

    public static string? Investment(decimal value) =>
        value <= 0m ? Text($"{value} is not above 0; the investment must be above 0, since the ratio divides by it") : null;

    public static string? Years(decimal value) =>
        value != decimal.Truncate(value) ? Text($"{value} is not a whole number of years")
        : value is < 1m or > MaxYears ? Text($"{value} is outside 1–{MaxYears}; an outcome lasts from 1 to {MaxYears} whole years")
        : null;

    /// <summary>A band's first year: the first band starts at year 1, each later one after the one before.</summary>
    public static string? FromYear(decimal value, decimal? previous, bool first) =>
        value != decimal.Truncate(value) ? Text($"{value} is not a whole year")
        : first && value != 1m ? Text($"{value}: the first band must start at year 1")
        : previous is { } before && value <= before ? Text($"{value} does not come after the band before it (year {before})")
        : value > MaxYears ? Text($"{value} is after year {MaxYears}")
        : null;

    /// <summary>A sensitivity step: a change of -1 to 1 (a fraction of a share, a rate or a proxy value).</summary>
    public static string? Step(decimal value) =>
        value is < -1m or > 1m ? Text($"{value} is outside -1 to 1; a step is a fraction (0.1 for 10 points or 10%)") : null;

    public static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
