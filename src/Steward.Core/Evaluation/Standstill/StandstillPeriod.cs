namespace Steward.Core.Evaluation.Standstill;

/// <summary>
/// A standstill period (PA 2023 s.51): <see cref="WorkingDays"/> working days (s.123) beginning with the day the
/// contract award notice was <see cref="Published"/>, ending at the end of <see cref="LastDay"/>. The contract may be
/// entered into from <see cref="EntryFrom"/>, the day after. <see cref="Holidays"/> are the bank holidays the period
/// skipped, from the publication day to the last day.
/// </summary>
public sealed record StandstillPeriod(
    DateOnly Published,
    UkCalendar Calendar,
    int WorkingDays,
    DateOnly LastDay,
    IReadOnlyList<BankHoliday> Holidays)
{
    /// <summary>The first day the contract may be entered into: the day after the last day of the period.</summary>
    public DateOnly EntryFrom => LastDay.AddDays(1);

    /// <summary>True when the buyer set a longer period than the mandatory eight working days.</summary>
    public bool Voluntary => WorkingDays > MandatoryStandstill.WorkingDays;

    /// <summary>True when a contract may be entered into on <paramref name="day"/>: the period has ended.</summary>
    public bool AllowsEntryOn(DateOnly day) => day >= EntryFrom;
}
