using System.Data.Common;

namespace Steward.Data.Analytics;

/// <summary>Null-aware reads of the store's column types on both engines (dates are UTC; SQLite keeps them as text).</summary>
internal static class Columns
{
    public static string? Text(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    public static double? Real(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetDouble(column);

    public static int? Whole(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : Convert.ToInt32(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture);

    public static bool? Flag(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetBoolean(column);

    public static DateTime? Stamp(this DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTime.SpecifyKind(reader.GetDateTime(column), DateTimeKind.Utc);

    /// <summary>A comma-separated list column as a list.</summary>
    public static IReadOnlyList<string> List(this DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? [] : reader.GetString(column).Split(',', StringSplitOptions.RemoveEmptyEntries);
}
