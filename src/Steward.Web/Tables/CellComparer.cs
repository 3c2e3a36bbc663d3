using System.Globalization;

namespace Steward.Web.Tables;

/// <summary>Orders a column's cells: numbers by value (whatever their type), dates by date, text alphabetically ignoring case.</summary>
public sealed class CellComparer : IComparer<object?>
{
    public static readonly CellComparer Instance = new();

    public int Compare(object? x, object? y)
    {
        if (x is null || y is null)
        {
            return (x is null).CompareTo(y is null);
        }

        if (Number(x) is { } a && Number(y) is { } b)
        {
            return a.CompareTo(b);
        }

        if (x is DateTime first && y is DateTime second)
        {
            return first.CompareTo(second);
        }

        return string.Compare(Convert.ToString(x, CultureInfo.InvariantCulture), Convert.ToString(y, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
    }

    private static double? Number(object value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        decimal m => (double)m,
        float f => f,
        _ => null,
    };
}
