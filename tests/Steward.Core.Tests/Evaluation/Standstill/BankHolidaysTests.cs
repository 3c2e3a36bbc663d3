using System.Globalization;
using Steward.Core.Evaluation.Standstill;

namespace Steward.Core.Tests.Evaluation.Standstill;

/// <summary>
/// The computed calendars (Banking and Financial Dealings Act 1971 Sch. 1 and proclamations) against the days gov.uk's
/// bank-holidays.json lists: every day of 2019 to 2028, each calendar's 2026 with its names, and the substitute days.
/// </summary>
public sealed class BankHolidaysTests
{
    private static DateOnly D(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string[] Days(IEnumerable<BankHoliday> holidays) =>
        [.. holidays.Select(h => h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];

    [Fact]
    public void Holidays_EnglandAndWales2026_AreTheEightDays()
    {
        // Act
        var holidays = WorkingDayCalendar.For(UkCalendar.EnglandAndWales).Holidays(2026);

        // Assert
        Assert.Equal(["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"], Days(holidays));
        Assert.Equal(
            ["New Year's Day", "Good Friday", "Easter Monday", "Early May bank holiday", "Spring bank holiday", "Summer bank holiday", "Christmas Day",
             "Boxing Day (substitute day)"],
            holidays.Select(h => h.Name));
    }

    [Fact]
    public void Holidays_Scotland2026_HasTheScottishDaysTheWorldCupDayAndNoEasterMonday()
    {
        // Act
        var holidays = WorkingDayCalendar.For(UkCalendar.Scotland).Holidays(2026);

        // Assert
        Assert.Equal(
            ["2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04", "2026-05-25", "2026-06-15", "2026-08-03", "2026-11-30", "2026-12-25", "2026-12-28"],
            Days(holidays));
        Assert.Equal(
            ["New Year's Day", "2nd January", "Good Friday", "Early May bank holiday", "Spring bank holiday", "World Cup bank holiday", "Summer bank holiday",
             "St Andrew's Day", "Christmas Day", "Boxing Day (substitute day)"],
            holidays.Select(h => h.Name));
    }

    [Fact]
    public void Holidays_NorthernIreland2026_AddsStPatricksAndTheBoyneOnMonday13July()
    {
        // Act
        var holidays = WorkingDayCalendar.For(UkCalendar.NorthernIreland).Holidays(2026);

        // Assert
        Assert.Equal(
            ["2026-01-01", "2026-03-17", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-07-13", "2026-08-31", "2026-12-25", "2026-12-28"],
            Days(holidays));
        Assert.Equal("Battle of the Boyne (Orangemen's Day) (substitute day)", holidays.Single(h => h.Date == D("2026-07-13")).Name);
    }

    [Fact]
    public void Holidays_AllUk2026_IsTheUnionOfTheThreeNamingTheirParts()
    {
        // Act
        var holidays = WorkingDayCalendar.For(UkCalendar.AllUk).Holidays(2026);

        // Assert
        Assert.Equal(
            ["2026-01-01", "2026-01-02", "2026-03-17", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-06-15", "2026-07-13", "2026-08-03",
             "2026-08-31", "2026-11-30", "2026-12-25", "2026-12-28"],
            Days(holidays));
        Assert.Equal([UkCalendar.Scotland], holidays.Single(h => h.Date == D("2026-08-03")).Calendars);
        Assert.Equal([UkCalendar.EnglandAndWales, UkCalendar.NorthernIreland], holidays.Single(h => h.Date == D("2026-04-06")).Calendars);
        Assert.Equal(UkCalendars.Parts, holidays.Single(h => h.Date == D("2026-12-28")).Calendars);
    }

    /// <summary>
    /// Every day gov.uk lists for 2019 to 2028, as month and day: its bank-holidays.json as served from alphagov/frontend
    /// lib/data/bank-holidays.json (commit cb2a016d, August 2026), the computed rules plus the shipped changes.
    /// </summary>
    [Theory]
    [InlineData(UkCalendar.EnglandAndWales, 2019, "0101 0419 0422 0506 0527 0826 1225 1226")]
    [InlineData(UkCalendar.EnglandAndWales, 2020, "0101 0410 0413 0508 0525 0831 1225 1228")]
    [InlineData(UkCalendar.EnglandAndWales, 2021, "0101 0402 0405 0503 0531 0830 1227 1228")]
    [InlineData(UkCalendar.EnglandAndWales, 2022, "0103 0415 0418 0502 0602 0603 0829 0919 1226 1227")]
    [InlineData(UkCalendar.EnglandAndWales, 2023, "0102 0407 0410 0501 0508 0529 0828 1225 1226")]
    [InlineData(UkCalendar.EnglandAndWales, 2024, "0101 0329 0401 0506 0527 0826 1225 1226")]
    [InlineData(UkCalendar.EnglandAndWales, 2025, "0101 0418 0421 0505 0526 0825 1225 1226")]
    [InlineData(UkCalendar.EnglandAndWales, 2026, "0101 0403 0406 0504 0525 0831 1225 1228")]
    [InlineData(UkCalendar.EnglandAndWales, 2027, "0101 0326 0329 0503 0531 0830 1227 1228")]
    [InlineData(UkCalendar.EnglandAndWales, 2028, "0103 0414 0417 0501 0529 0828 1225 1226")]
    [InlineData(UkCalendar.Scotland, 2019, "0101 0102 0419 0506 0527 0805 1202 1225 1226")]
    [InlineData(UkCalendar.Scotland, 2020, "0101 0102 0410 0508 0525 0803 1130 1225 1228")]
    [InlineData(UkCalendar.Scotland, 2021, "0101 0104 0402 0503 0531 0802 1130 1227 1228")]
    [InlineData(UkCalendar.Scotland, 2022, "0103 0104 0415 0502 0602 0603 0801 0919 1130 1226 1227")]
    [InlineData(UkCalendar.Scotland, 2023, "0102 0103 0407 0501 0508 0529 0807 1130 1225 1226")]
    [InlineData(UkCalendar.Scotland, 2024, "0101 0102 0329 0506 0527 0805 1202 1225 1226")]
    [InlineData(UkCalendar.Scotland, 2025, "0101 0102 0418 0505 0526 0804 1201 1225 1226")]
    [InlineData(UkCalendar.Scotland, 2026, "0101 0102 0403 0504 0525 0615 0803 1130 1225 1228")]
    [InlineData(UkCalendar.Scotland, 2027, "0101 0104 0326 0503 0531 0802 1130 1227 1228")]
    [InlineData(UkCalendar.Scotland, 2028, "0103 0104 0414 0501 0529 0807 1130 1225 1226")]
    [InlineData(UkCalendar.NorthernIreland, 2019, "0101 0318 0419 0422 0506 0527 0712 0826 1225 1226")]
    [InlineData(UkCalendar.NorthernIreland, 2020, "0101 0317 0410 0413 0508 0525 0713 0831 1225 1228")]
    [InlineData(UkCalendar.NorthernIreland, 2021, "0101 0317 0402 0405 0503 0531 0712 0830 1227 1228")]
    [InlineData(UkCalendar.NorthernIreland, 2022, "0103 0317 0415 0418 0502 0602 0603 0712 0829 0919 1226 1227")]
    [InlineData(UkCalendar.NorthernIreland, 2023, "0102 0317 0407 0410 0501 0508 0529 0712 0828 1225 1226")]
    [InlineData(UkCalendar.NorthernIreland, 2024, "0101 0318 0329 0401 0506 0527 0712 0826 1225 1226")]
    [InlineData(UkCalendar.NorthernIreland, 2025, "0101 0317 0418 0421 0505 0526 0714 0825 1225 1226")]
    [InlineData(UkCalendar.NorthernIreland, 2026, "0101 0317 0403 0406 0504 0525 0713 0831 1225 1228")]
    [InlineData(UkCalendar.NorthernIreland, 2027, "0101 0317 0326 0329 0503 0531 0712 0830 1227 1228")]
    [InlineData(UkCalendar.NorthernIreland, 2028, "0103 0317 0414 0417 0501 0529 0712 0828 1225 1226")]
    public void Holidays_2019To2028_MatchGovUkDayForDay(UkCalendar calendar, int year, string expected) =>
        Assert.Equal(expected, string.Join(' ', WorkingDayCalendar.For(calendar).Holidays(year).Select(h => h.Date.ToString("MMdd", CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData(2021, "2021-12-27", "Christmas Day (substitute day)", "2021-12-28", "Boxing Day (substitute day)")]
    [InlineData(2022, "2022-12-26", "Boxing Day", "2022-12-27", "Christmas Day (substitute day)")]
    [InlineData(2020, "2020-12-25", "Christmas Day", "2020-12-28", "Boxing Day (substitute day)")]
    public void Usual_ChristmasAtAWeekend_MovesToTheNextFreeWeekdays(int year, string first, string firstName, string second, string secondName)
    {
        // Act
        var christmas = BankHolidays.Usual(year, UkCalendar.EnglandAndWales).Where(h => h.Date.Month == 12).ToList();

        // Assert
        Assert.Equal([D(first), D(second)], christmas.Select(h => h.Date));
        Assert.Equal([firstName, secondName], christmas.Select(h => h.Name));
    }

    [Theory]
    [InlineData(2022, "2022-01-03", "New Year's Day (substitute day)", "2022-01-04", "2nd January (substitute day)")]
    [InlineData(2021, "2021-01-01", "New Year's Day", "2021-01-04", "2nd January (substitute day)")]
    // gov.uk names 2 and 3 January 2023 the other way round; the days agree, and Sch. 1 para 2 moves a Sunday New Year's Day to 3 January.
    [InlineData(2023, "2023-01-02", "2nd January", "2023-01-03", "New Year's Day (substitute day)")]
    public void Usual_ScottishNewYearAtAWeekend_MovesToTheNextFreeWeekdays(int year, string first, string firstName, string second, string secondName)
    {
        // Act
        var january = BankHolidays.Usual(year, UkCalendar.Scotland).Where(h => h.Date.Month == 1).ToList();

        // Assert
        Assert.Equal([D(first), D(second)], january.Select(h => h.Date));
        Assert.Equal([firstName, secondName], january.Select(h => h.Name));
    }

    [Theory]
    [InlineData(UkCalendar.Scotland, 2025, "2025-12-01", "St Andrew's Day (substitute day)")]
    [InlineData(UkCalendar.Scotland, 2024, "2024-12-02", "St Andrew's Day (substitute day)")]
    [InlineData(UkCalendar.NorthernIreland, 2025, "2025-07-14", "Battle of the Boyne (Orangemen's Day) (substitute day)")]
    [InlineData(UkCalendar.NorthernIreland, 2020, "2020-07-13", "Battle of the Boyne (Orangemen's Day) (substitute day)")]
    [InlineData(UkCalendar.NorthernIreland, 2024, "2024-03-18", "St Patrick's Day (substitute day)")]
    [InlineData(UkCalendar.EnglandAndWales, 2022, "2022-01-03", "New Year's Day (substitute day)")]
    [InlineData(UkCalendar.EnglandAndWales, 2023, "2023-01-02", "New Year's Day (substitute day)")]
    public void Usual_ADayAtAWeekend_IsKeptOnTheMondayAfter(UkCalendar part, int year, string day, string name) =>
        Assert.Equal(name, BankHolidays.Usual(year, part).Single(h => h.Date == D(day)).Name);

    [Theory]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void EasterSunday_KnownYears_AreRight(int year, string expected) =>
        Assert.Equal(D(expected), BankHolidays.EasterSunday(year));

    [Theory]
    [InlineData(UkCalendar.EnglandAndWales)]
    [InlineData(UkCalendar.Scotland)]
    [InlineData(UkCalendar.NorthernIreland)]
    public void Holidays_2020_EarlyMayMovedToFriday8MayForVeDay(UkCalendar calendar)
    {
        // Arrange
        var days = WorkingDayCalendar.For(calendar);

        // Act
        var may = days.Holidays(2020).Where(h => h.Date.Month == 5).ToList();

        // Assert
        Assert.Equal([D("2020-05-08"), D("2020-05-25")], may.Select(h => h.Date));
        Assert.Equal("Early May bank holiday (VE day)", may[0].Name);
        Assert.True(days.IsWorkingDay(D("2020-05-04")));
    }

    [Theory]
    [InlineData(UkCalendar.EnglandAndWales)]
    [InlineData(UkCalendar.Scotland)]
    [InlineData(UkCalendar.NorthernIreland)]
    [InlineData(UkCalendar.AllUk)]
    public void Holidays_2022_SpringMovedForTheJubileeAndTheStateFuneralAdded(UkCalendar calendar)
    {
        // Arrange
        var days = WorkingDayCalendar.For(calendar);

        // Act
        var holidays = days.Holidays(2022);

        // Assert
        Assert.True(days.IsWorkingDay(D("2022-05-30")));
        Assert.Equal("Spring bank holiday", days.Holiday(D("2022-06-02"))!.Name);
        Assert.Equal("Platinum Jubilee bank holiday", days.Holiday(D("2022-06-03"))!.Name);
        Assert.Equal("Bank Holiday for the State Funeral of Queen Elizabeth II", days.Holiday(D("2022-09-19"))!.Name);
        Assert.DoesNotContain(holidays, h => h.Date == D("2022-05-30"));
    }

    [Theory]
    [InlineData(UkCalendar.EnglandAndWales)]
    [InlineData(UkCalendar.Scotland)]
    [InlineData(UkCalendar.NorthernIreland)]
    public void Holidays_2023_TheCoronationIsAddedBesideEarlyMay(UkCalendar calendar)
    {
        // Act
        var may = WorkingDayCalendar.For(calendar).Holidays(2023).Where(h => h.Date.Month == 5).ToList();

        // Assert
        Assert.Equal([D("2023-05-01"), D("2023-05-08"), D("2023-05-29")], may.Select(h => h.Date));
        Assert.Equal("Bank holiday for the coronation of King Charles III", may[1].Name);
    }

    [Fact]
    public void Holidays_WithoutChanges_KeepTheUsualDays()
    {
        // Act
        var holidays = new WorkingDayCalendar(UkCalendar.EnglandAndWales, BankHolidayChanges.None).Holidays(2020);

        // Assert
        Assert.Contains(holidays, h => h.Date == D("2020-05-04"));
        Assert.DoesNotContain(holidays, h => h.Date == D("2020-05-08"));
    }

    [Fact]
    public void Holidays_AllUkOnADayNamedDifferently_CarriesBothNames()
    {
        // Act: 2 January 2023 is England's New Year substitute and Scotland's 2nd January.
        var day = WorkingDayCalendar.For(UkCalendar.AllUk).Holiday(D("2023-01-02"))!;

        // Assert
        Assert.Equal("New Year's Day (substitute day) / 2nd January", day.Name);
        Assert.Equal(UkCalendars.Parts, day.Calendars);
    }

    [Fact]
    public void Usual_AYearBefore2013_IsACallersBug() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidays.Usual(2012, UkCalendar.EnglandAndWales));
}
