using Steward.Core.Common;

namespace Steward.Core.Evaluation.Standstill;

/// <summary>
/// The names of the calendars as settings, files and the command line write them (<c>all-uk</c>,
/// <c>england-and-wales</c>, <c>scotland</c>, <c>northern-ireland</c>: gov.uk's division names plus <c>all-uk</c>).
/// </summary>
public static class UkCalendars
{
    /// <summary>Steward's default: every part's bank holidays count (PA 2023 s.123, "in any part of the United Kingdom").</summary>
    public const UkCalendar Default = UkCalendar.AllUk;

    /// <summary>The code of the error for a name that is not a calendar.</summary>
    public const string UnknownCode = "CALENDAR_UNKNOWN";

    /// <summary>Every calendar, the default first.</summary>
    public static IReadOnlyList<UkCalendar> All { get; } =
        [UkCalendar.AllUk, UkCalendar.EnglandAndWales, UkCalendar.Scotland, UkCalendar.NorthernIreland];

    /// <summary>The three parts of the United Kingdom with a calendar of their own (everything but <see cref="UkCalendar.AllUk"/>).</summary>
    public static IReadOnlyList<UkCalendar> Parts { get; } =
        [UkCalendar.EnglandAndWales, UkCalendar.Scotland, UkCalendar.NorthernIreland];

    /// <summary>The valid names, comma-separated, for messages.</summary>
    public static string NameList { get; } = string.Join(", ", All.Select(Name));

    /// <summary>The calendar's name: <c>all-uk</c>, <c>england-and-wales</c>, <c>scotland</c> or <c>northern-ireland</c>.</summary>
    public static string Name(this UkCalendar calendar) => calendar switch
    {
        UkCalendar.AllUk => "all-uk",
        UkCalendar.EnglandAndWales => "england-and-wales",
        UkCalendar.Scotland => "scotland",
        UkCalendar.NorthernIreland => "northern-ireland",
        _ => throw new ArgumentOutOfRangeException(nameof(calendar), calendar, "not a calendar"),
    };

    /// <summary>
    /// The calendar a name means (ignoring case and surrounding spaces), or <c>CALENDAR_UNKNOWN</c> naming the value
    /// and listing the valid names.
    /// </summary>
    public static Result<UkCalendar> Parse(string? name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        foreach (var calendar in All)
        {
            if (string.Equals(calendar.Name(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return calendar;
            }
        }

        return new Error(UnknownCode, $"\"{name}\" is not a bank-holiday calendar; use one of {NameList}");
    }

    /// <summary>True when a bank holiday of <paramref name="part"/> stops the clock in <paramref name="calendar"/>.</summary>
    public static bool Includes(this UkCalendar calendar, UkCalendar part) => calendar == UkCalendar.AllUk || calendar == part;
}
