namespace Steward.Core.Evaluation.Standstill;

/// <summary>
/// A bank holiday as observed: the weekday it falls on (a substitute weekday when the usual day falls at a weekend),
/// its name as gov.uk's bank-holidays.json writes it, and the parts of the United Kingdom that keep it. In the
/// <c>all-uk</c> calendar one day kept under different names in different parts carries each name, joined by " / ".
/// One known difference in names, not days: when Scotland's New Year's Day is a Sunday, Steward names Monday 2 January
/// "2nd January" and Tuesday 3 January the New Year's Day substitute, as Sch. 1 para 2 moves it; gov.uk (2023) names them
/// the other way round.
/// </summary>
public sealed record BankHoliday(DateOnly Date, string Name, IReadOnlyList<UkCalendar> Calendars);
