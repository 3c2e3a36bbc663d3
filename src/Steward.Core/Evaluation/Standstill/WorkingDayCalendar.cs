using System.Collections.Concurrent;

namespace Steward.Core.Evaluation.Standstill;

/// <summary>
/// Working days under PA 2023 s.123: every day but a Saturday or Sunday, Christmas Day, Good Friday, or a bank
/// holiday under the Banking and Financial Dealings Act 1971 in the parts of the United Kingdom the
/// <see cref="Calendar"/> counts (<c>all-uk</c>, the default, counts every part's). Bank holidays are the usual days
/// (<see cref="BankHolidays"/>) with the one-off <see cref="Changes"/> applied. Thread-safe; each year is computed once.
/// </summary>
public sealed class WorkingDayCalendar
{
    private static readonly ConcurrentDictionary<UkCalendar, WorkingDayCalendar> Shipped = new();
    private readonly ConcurrentDictionary<int, IReadOnlyList<BankHoliday>> _years = new();

    public WorkingDayCalendar(UkCalendar calendar, BankHolidayChanges? changes = null)
    {
        if (!UkCalendars.All.Contains(calendar))
        {
            throw new ArgumentOutOfRangeException(nameof(calendar), calendar, "not a calendar");
        }

        Calendar = calendar;
        Changes = changes ?? BankHolidayChanges.Default;
    }

    public UkCalendar Calendar { get; }

    public BankHolidayChanges Changes { get; }

    public const string Reference = "PA 2023 s.123 (working day); Banking and Financial Dealings Act 1971 Sch. 1";

    /// <summary>The calendar with the shipped one-off changes, shared.</summary>
    public static WorkingDayCalendar For(UkCalendar calendar) => Shipped.GetOrAdd(calendar, c => new WorkingDayCalendar(c));

    /// <summary>
    /// The bank holidays of <paramref name="year"/> this calendar counts, in date order. In <c>all-uk</c> a day kept in
    /// several parts appears once, listing each part (and each name, when the parts name it differently).
    /// </summary>
    public IReadOnlyList<BankHoliday> Holidays(int year) => _years.GetOrAdd(year, Compute);

    /// <summary>The bank holiday on <paramref name="day"/>, or null.</summary>
    public BankHoliday? Holiday(DateOnly day) => Holidays(day.Year).FirstOrDefault(h => h.Date == day);

    /// <summary>The bank holidays from <paramref name="first"/> to <paramref name="last"/> inclusive, in date order.</summary>
    public IReadOnlyList<BankHoliday> HolidaysBetween(DateOnly first, DateOnly last) =>
        [.. Enumerable.Range(first.Year, Math.Max(0, last.Year - first.Year + 1))
            .SelectMany(Holidays)
            .Where(h => h.Date >= first && h.Date <= last)];

    /// <summary>True unless <paramref name="day"/> is a Saturday, Sunday, Christmas Day, Good Friday or a bank holiday counted here (PA 2023 s.123).</summary>
    public bool IsWorkingDay(DateOnly day) =>
        !BankHolidays.IsWeekend(day)
        && (day.Month, day.Day) != (12, 25)
        && day != BankHolidays.GoodFriday(day.Year)
        && Holiday(day) is null;

    /// <summary>
    /// The last day of a period of <paramref name="workingDays"/> working days beginning with <paramref name="beginning"/>:
    /// <paramref name="beginning"/> counts as the first when it is a working day; otherwise the first working day after it does.
    /// </summary>
    public DateOnly LastDayOfPeriod(DateOnly beginning, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        var day = beginning;
        var counted = IsWorkingDay(day) ? 1 : 0;
        while (counted < workingDays)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>The day <paramref name="workingDays"/> working days after <paramref name="day"/> (which itself does not count); 0 gives <paramref name="day"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly day, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        return workingDays == 0 ? day : LastDayOfPeriod(day.AddDays(1), workingDays);
    }

    /// <summary>The first working day on or after <paramref name="day"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly day) => LastDayOfPeriod(day, 1);

    private IReadOnlyList<BankHoliday> Compute(int year)
    {
        if (Calendar != UkCalendar.AllUk)
        {
            return Changes.Apply(year, Calendar);
        }

        return [.. UkCalendars.Parts
            .SelectMany(part => Changes.Apply(year, part))
            .GroupBy(h => h.Date)
            .OrderBy(g => g.Key)
            .Select(g => new BankHoliday(g.Key, string.Join(" / ", g.Select(h => h.Name).Distinct()), [.. g.SelectMany(h => h.Calendars)]))];
    }
}
