using System.Globalization;
using Steward.Core.Common;

namespace Steward.Core.Evaluation.Standstill;

/// <summary>
/// The standstill after a contract award notice (PA 2023 s.51): the contracting authority may not enter into the
/// contract before the end of the mandatory standstill period, "the period of eight working days beginning with the
/// day on which the contract award notice is published". The publication day counts when it is a working day
/// (s.123); the last day is the eighth working day, and the contract may be entered into from the next day. A buyer
/// may set a longer period (gov.uk guidance: "at least eight working days"); Steward accepts up to
/// <see cref="MaximumWorkingDays"/>.
/// </summary>
public static class MandatoryStandstill
{
    /// <summary>Eight working days (PA 2023 s.51).</summary>
    public const int WorkingDays = 8;

    /// <summary>The longest period Steward computes, about a working year (Steward's guard, not the law's).</summary>
    public const int MaximumWorkingDays = 250;

    public const string Reference = "PA 2023 s.51 (8 working days beginning with the day the contract award notice is published); " +
                                    "working day: PA 2023 s.123; bank holidays: Banking and Financial Dealings Act 1971 Sch. 1";

    /// <summary>The code of the error for a period Steward cannot compute (a date or length out of range).</summary>
    public const string OutOfRangeCode = "STANDSTILL_OUT_OF_RANGE";

    /// <summary>The earliest publication day Steward computes (the calendars start in <see cref="BankHolidays.FirstYear"/>).</summary>
    public static DateOnly EarliestPublication { get; } = new(BankHolidays.FirstYear, 1, 1);

    /// <summary>The latest publication day Steward computes (room for the longest period before the calendars end).</summary>
    public static DateOnly LatestPublication { get; } = new(BankHolidays.LastYear - 2, 12, 31);

    /// <summary>
    /// The standstill period for a notice published on <paramref name="published"/>, counting the bank holidays of
    /// <paramref name="calendar"/>, of <paramref name="workingDays"/> working days (8, or more for a longer period the
    /// buyer set); <c>STANDSTILL_OUT_OF_RANGE</c> for fewer than 8 or more than 250 days, or a date outside
    /// <see cref="EarliestPublication"/> to <see cref="LatestPublication"/>.
    /// </summary>
    public static Result<StandstillPeriod> Period(DateOnly published, WorkingDayCalendar calendar, int workingDays = WorkingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (workingDays is < WorkingDays or > MaximumWorkingDays)
        {
            return new Error(OutOfRangeCode, string.Create(CultureInfo.InvariantCulture,
                $"{workingDays} working days: a standstill period is at least {WorkingDays} working days (PA 2023 s.51), and Steward computes up to {MaximumWorkingDays}"));
        }

        if (published < EarliestPublication || published > LatestPublication)
        {
            return new Error(OutOfRangeCode, string.Create(CultureInfo.InvariantCulture,
                $"{published:yyyy-MM-dd}: Steward computes bank holidays for notices published from {EarliestPublication:yyyy-MM-dd} to {LatestPublication:yyyy-MM-dd}"));
        }

        var last = calendar.LastDayOfPeriod(published, workingDays);
        return new StandstillPeriod(published, calendar.Calendar, workingDays, last, calendar.HolidaysBetween(published, last));
    }

    /// <summary>The mandatory period, counting the bank holidays of <paramref name="calendar"/> with the shipped one-off changes.</summary>
    public static Result<StandstillPeriod> Period(DateOnly published, UkCalendar calendar = UkCalendars.Default) =>
        Period(published, WorkingDayCalendar.For(calendar));

    /// <summary>The last day of the mandatory standstill period (the eighth working day); throws for a date out of range.</summary>
    public static DateOnly LastDay(DateOnly published, UkCalendar calendar = UkCalendars.Default) => Require(Period(published, calendar), published).LastDay;

    /// <summary>The first day the contract may be entered into: the day after the last day of the period.</summary>
    public static DateOnly EntryAllowedFrom(DateOnly published, UkCalendar calendar = UkCalendars.Default) =>
        Require(Period(published, calendar), published).EntryFrom;

    private static StandstillPeriod Require(Result<StandstillPeriod> period, DateOnly published) =>
        period.IsSuccess ? period.Value : throw new ArgumentOutOfRangeException(nameof(published), published, period.Error!.Message);
}
