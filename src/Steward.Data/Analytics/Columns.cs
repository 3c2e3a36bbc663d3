using System.Data.Common;

namespace Steward.Data.Analytics;

/// <summary>Null-aware reads of the store's column types on both engines (dates are UTC; SQLite keeps them as text).</summary>
internal static class Columns
{
    public static string? Text(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    public static double? Real(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetDouble(column);

    public static int? Whole(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : Convert.ToInt32(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture);

    public static bool? Flag(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetBoolean(column);

    public static DateTime? Stamp(this DbDataReader reader, int column)
    {
        if (reader.IsDBNull(column))
        {
            return null;
        }

        // SQLite keeps dates as text ("yyyy-MM-dd HH:mm:ss.FFFFFFF", as the store writes them): read that shape
        // directly, which is many times faster than the general parser; anything else goes to the provider.
        if (reader is Microsoft.Data.Sqlite.SqliteDataReader && StoredDate(reader.GetString(column)) is { } date)
        {
            return date;
        }

        return DateTime.SpecifyKind(reader.GetDateTime(column), DateTimeKind.Utc);
    }

    /// <summary>"yyyy-MM-dd HH:mm:ss" with an optional fraction of up to 7 digits, as UTC; null for any other shape.</summary>
    internal static DateTime? StoredDate(string text)
    {
        if (text.Length < 19 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':')
        {
            return null;
        }

        static int Digits(string s, int start, int count)
        {
            var value = 0;
            for (var i = start; i < start + count; i++)
            {
                var digit = s[i] - '0';
                if (digit is < 0 or > 9)
                {
                    return -1;
                }

                value = (value * 10) + digit;
            }

            return value;
        }

        int year = Digits(text, 0, 4), month = Digits(text, 5, 2), day = Digits(text, 8, 2);
        int hour = Digits(text, 11, 2), minute = Digits(text, 14, 2), second = Digits(text, 17, 2);
        long ticks = 0;
        if (text.Length > 19)
        {
            var fraction = text.Length - 20;
            if (text[19] != '.' || fraction is < 1 or > 7 || Digits(text, 20, fraction) is var f && f < 0)
            {
                return null;
            }

            ticks = f;
            for (var i = fraction; i < 7; i++)
            {
                ticks *= 10;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) ||
            hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            return null;
        }

        return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks);
    }

    /// <summary>A comma-separated list column as a list.</summary>
    public static IReadOnlyList<string> List(this DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? [] : reader.GetString(column).Split(',', StringSplitOptions.RemoveEmptyEntries);
}
