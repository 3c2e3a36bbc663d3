namespace Steward.Core.Evaluation.Standstill;

/// <summary>
/// The usual bank holidays of each part of the United Kingdom, computed from the rules: the Banking and Financial
/// Dealings Act 1971 Sch. 1 (para 1 England and Wales, para 2 Scotland, para 3 Northern Ireland; St Andrew's Day added
/// to para 2 by the St Andrew's Day Bank Holiday (Scotland) Act 2007) and the royal proclamations made each year under
/// s.1 for the rest (New Year's Day outside Scotland, the early May and Scottish spring holidays, the Battle of the
/// Boyne). Christmas Day and Good Friday are listed in every part, as gov.uk does; they are never working days (PA 2023
/// s.123 names them). One-off changes by proclamation (a day moved or added) are reference data, not rules:
/// <see cref="BankHolidayChanges"/>.
/// A usual day that falls on a Saturday or Sunday is kept on the next weekday not already a holiday, as gov.uk's
/// bank-holidays.json lists it (the Act's own substitutes cover a Sunday; a Saturday's come by proclamation): Christmas
/// on a Saturday gives Monday 27 and Tuesday 28 December; on a Sunday, Boxing Day Monday 26 and the Christmas
/// substitute Tuesday 27.
/// </summary>
public static class BankHolidays
{
    /// <summary>The first year computed: every one-off change since then is in the shipped BankHolidayChanges.json.</summary>
    public const int FirstYear = 2013;

    /// <summary>The last year computed (the last a <see cref="DateOnly"/> holds).</summary>
    public const int LastYear = 9999;

    public const string Reference = "Banking and Financial Dealings Act 1971 Sch. 1 and royal proclamations; St Andrew's Day Bank Holiday (Scotland) Act 2007";

    private const string Substitute = " (substitute day)";

    /// <summary>The usual bank holidays of one part in <paramref name="year"/>, in date order, without one-off changes.</summary>
    public static IReadOnlyList<BankHoliday> Usual(int year, UkCalendar part)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        if (part == UkCalendar.AllUk)
        {
            throw new ArgumentOutOfRangeException(nameof(part), part, "all-uk is not a part; combine the three (WorkingDayCalendar does)");
        }

        var days = new List<(DateOnly Date, string Name)>();
        var goodFriday = GoodFriday(year);
        if (part == UkCalendar.Scotland)
        {
            // Sch. 1 para 2 (Scotland): New Year's Day, 2 January and Good Friday.
            Observe(days, (new DateOnly(year, 1, 1), "New Year's Day"), (new DateOnly(year, 1, 2), "2nd January"));
            days.Add((goodFriday, "Good Friday"));
        }
        else
        {
            // England and Wales, Northern Ireland: New Year's Day by proclamation; Easter Monday, Sch. 1 paras 1 and 3.
            Observe(days, (new DateOnly(year, 1, 1), "New Year's Day"));
            days.Add((goodFriday, "Good Friday"));
            days.Add((goodFriday.AddDays(3), "Easter Monday"));
        }

        // The first Monday in May (Sch. 1 para 2 in Scotland, by proclamation elsewhere) and the last Monday in May
        // (Sch. 1 paras 1 and 3, by proclamation in Scotland).
        days.Add((Monday(year, 5, first: true), "Early May bank holiday"));
        days.Add((Monday(year, 5, first: false), "Spring bank holiday"));

        // Summer: the first Monday in August in Scotland (Sch. 1 para 2), the last elsewhere (paras 1 and 3).
        days.Add((Monday(year, 8, first: part == UkCalendar.Scotland), "Summer bank holiday"));

        if (part == UkCalendar.Scotland)
        {
            // Sch. 1 para 2, added by the St Andrew's Day Bank Holiday (Scotland) Act 2007.
            Observe(days, (new DateOnly(year, 11, 30), "St Andrew's Day"));
        }

        if (part == UkCalendar.NorthernIreland)
        {
            // St Patrick's Day: Sch. 1 para 3; the Battle of the Boyne: by proclamation.
            Observe(days, (new DateOnly(year, 3, 17), "St Patrick's Day"));
            Observe(days, (new DateOnly(year, 7, 12), "Battle of the Boyne (Orangemen's Day)"));
        }

        // Christmas Day (Sch. 1 para 2 in Scotland, a common-law holiday elsewhere) and Boxing Day (Sch. 1 paras 1 and 3,
        // by proclamation in Scotland).
        Observe(days, (new DateOnly(year, 12, 25), "Christmas Day"), (new DateOnly(year, 12, 26), "Boxing Day"));

        return [.. days.OrderBy(d => d.Date).Select(d => new BankHoliday(d.Date, d.Name, [part]))];
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Good Friday: two days before Easter Sunday; never a working day (PA 2023 s.123).</summary>
    public static DateOnly GoodFriday(int year) => EasterSunday(year).AddDays(-2);

    /// <summary>True on Saturday and Sunday.</summary>
    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>The first or last Monday of a month.</summary>
    private static DateOnly Monday(int year, int month, bool first)
    {
        var day = first ? new DateOnly(year, month, 1) : new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(first ? 1 : -1);
        }

        return day;
    }

    /// <summary>
    /// Adds a run of fixed days (Christmas and Boxing Day; 1 and 2 January in Scotland): each on its own day when that
    /// is a weekday, else on the next weekday not already taken, in order.
    /// </summary>
    private static void Observe(List<(DateOnly Date, string Name)> days, params (DateOnly Date, string Name)[] run)
    {
        var taken = days.Select(d => d.Date).ToHashSet();
        foreach (var day in run.Where(d => !IsWeekend(d.Date)))
        {
            days.Add(day);
            taken.Add(day.Date);
        }

        foreach (var day in run.Where(d => IsWeekend(d.Date)))
        {
            var substitute = day.Date.AddDays(1);
            while (IsWeekend(substitute) || taken.Contains(substitute))
            {
                substitute = substitute.AddDays(1);
            }

            days.Add((substitute, day.Name + Substitute));
            taken.Add(substitute);
        }
    }
}
