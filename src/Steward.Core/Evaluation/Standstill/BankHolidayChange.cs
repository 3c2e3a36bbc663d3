namespace Steward.Core.Evaluation.Standstill;

/// <summary>
/// One day added to, or one usual day removed from, the bank holidays of the parts listed, by royal proclamation
/// (Banking and Financial Dealings Act 1971 s.1): an entry of BankHolidayChanges.json's <c>added</c> or
/// <c>removed</c>, with where the fact comes from.
/// </summary>
public sealed record BankHolidayChange(DateOnly Date, string Name, IReadOnlyList<UkCalendar> Calendars, string Source, string Note);
