using System.Globalization;

namespace Steward.Core.OpenBook;

/// <summary>
/// Bounds that keep open-book arithmetic exact in <see cref="decimal"/> (docs/open-book.md, "Limits"), and the
/// formatting used in messages.
/// </summary>
internal static class OpenBookLimits
{
    /// <summary>The largest amount of money accepted on one line or as a cap: £1 trillion.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>The largest number of units accepted.</summary>
    public const decimal MaxUnits = 1_000_000_000m;

    /// <summary>The smallest price per unit a benchmark uses: one penny.</summary>
    public const decimal MinPrice = 0.01m;

    public static bool IsWholePence(decimal value) => decimal.Round(value, 2) == value;

    /// <summary>Money as people read it: £12,345 or £12,345.67, with a leading minus for a loss.</summary>
    public static string Money(decimal value)
    {
        var magnitude = Math.Abs(value);
        var text = magnitude == decimal.Truncate(magnitude)
            ? magnitude.ToString("N0", CultureInfo.InvariantCulture)
            : decimal.Round(magnitude, 2).ToString("N2", CultureInfo.InvariantCulture);
        return value < 0 ? $"-£{text}" : $"£{text}";
    }

    /// <summary>A percentage to at most two decimal places, e.g. 27.5%.</summary>
    public static string Percent(decimal value) => $"{Number(value)}%";

    /// <summary>A plain number to at most two decimal places, invariant culture.</summary>
    public static string Number(decimal value) =>
        decimal.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A number exactly as given, invariant culture.</summary>
    public static string Raw(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Quote(string? value) => value is null ? "null" : $"\"{value}\"";
}
