using System.Globalization;

namespace Steward.Web.Tables;

/// <summary>How values read on a page: pounds, percentages, UK dates; a missing figure says so rather than showing 0.</summary>
public static class CellFormat
{
    /// <summary>The app runs in invariant-globalisation mode; invariant digits, separators and month names read as UK English.</summary>
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public const string Missing = "Not published";

    public static string Show(object? value, ColumnFormat format) => value switch
    {
        null => Missing,
        bool flag => flag ? "Yes" : "No",
        DateTime date => Date(date),
        double number => format switch
        {
            ColumnFormat.Money => Money(number),
            ColumnFormat.Percent => Percent(number),
            _ => Number(number),
        },
        int whole => format == ColumnFormat.Text ? whole.ToString(English) : whole.ToString("N0", English),
        long whole => format == ColumnFormat.Text ? whole.ToString(English) : whole.ToString("N0", English),
        _ => Convert.ToString(value, English) ?? Missing,
    };

    public static string Money(double value) => value >= 1_000_000_000 ? $"£{(value / 1e9).ToString("0.##", English)}bn"
        : value >= 10_000_000 ? $"£{(value / 1e6).ToString("0.#", English)}m" : "£" + value.ToString("N0", English);

    public static string Money(double? value) => value is { } v ? Money(v) : Missing;

    public static string Percent(double value) => (value * 100).ToString("0.#", English) + "%";

    public static string Percent(double? value) => value is { } v ? Percent(v) : Missing;

    public static string Number(double value) => Math.Abs(value - Math.Round(value)) < 1e-9 ? value.ToString("N0", English) : value.ToString("N1", English);

    public static string Number(double? value) => value is { } v ? Number(v) : Missing;

    /// <summary>The most characters an identifier shows in a table cell that links to its own page.</summary>
    public const int IdentifierLength = 24;

    /// <summary>
    /// A long identifier cut in the middle ("ocds-b5fd17-2f8c…9e07a1b"), so that it neither wraps at every hyphen nor
    /// widens its table; the start names the publisher and the end tells neighbours apart.
    /// </summary>
    public static string ShortIdentifier(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= IdentifierLength)
        {
            return text;
        }

        var end = (IdentifierLength - 1) / 2;
        return string.Concat(text.AsSpan(0, IdentifierLength - 1 - end), "…", text.AsSpan(text.Length - end));
    }

    public static string Date(DateTime? value) => value is { } v ? v.ToString("d MMMM yyyy", English) : Missing;
}
