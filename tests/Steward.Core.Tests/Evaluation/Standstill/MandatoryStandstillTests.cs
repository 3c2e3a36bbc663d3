using System.Globalization;
using Steward.Core.Evaluation.Standstill;

namespace Steward.Core.Tests.Evaluation.Standstill;

/// <summary>
/// The standstill period (PA 2023 s.51): T13 and T14 of evaluation-methods.md §8 and every row of §5.4's table, for
/// the England and Wales and the all-UK calendars.
/// </summary>
public sealed class MandatoryStandstillTests
{
    private static DateOnly D(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void LastDay_T13_March2026_EnglandAndWalesWednesday25_AllUkThursday26()
    {
        // Arrange
        var published = D("2026-03-16");

        // Act
        var englandAndWales = MandatoryStandstill.LastDay(published, UkCalendar.EnglandAndWales);
        var allUk = MandatoryStandstill.LastDay(published, UkCalendar.AllUk);

        // Assert
        Assert.Equal((D("2026-03-25"), D("2026-03-26")), (englandAndWales, allUk));
    }

    [Fact]
    public void EntryAllowedFrom_T13_IsTheDayAfterTheLastDay_AndEntryBeforeIsBlocked()
    {
        // Act
        var period = MandatoryStandstill.Period(D("2026-03-16"), UkCalendar.AllUk).Value;

        // Assert
        Assert.Equal(D("2026-03-27"), MandatoryStandstill.EntryAllowedFrom(D("2026-03-16"), UkCalendar.AllUk));
        Assert.Equal(D("2026-03-27"), period.EntryFrom);
        Assert.False(period.AllowsEntryOn(D("2026-03-26")));
        Assert.True(period.AllowsEntryOn(D("2026-03-27")));
    }

    [Fact]
    public void LastDay_T14_ChristmasEve2024_EnglandAndWalesTuesday7January_AllUkWednesday8()
    {
        // Arrange
        var published = D("2024-12-24");

        // Act
        var englandAndWales = MandatoryStandstill.Period(published, UkCalendar.EnglandAndWales).Value;
        var allUk = MandatoryStandstill.Period(published, UkCalendar.AllUk).Value;

        // Assert: 14 calendar days in England and Wales, as Muckle says; Scotland's 2 January adds one.
        Assert.Equal(D("2025-01-07"), englandAndWales.LastDay);
        Assert.Equal(14, englandAndWales.LastDay.DayNumber - published.DayNumber);
        Assert.Equal(["2024-12-25", "2024-12-26", "2025-01-01"], englandAndWales.Holidays.Select(h => h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.Equal(D("2025-01-08"), allUk.LastDay);
        Assert.Equal(["2024-12-25", "2024-12-26", "2025-01-01", "2025-01-02"], allUk.Holidays.Select(h => h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2024-12-24", "2025-01-07", "2025-01-08")]
    [InlineData("2025-12-18", "2025-12-31", "2025-12-31")]
    [InlineData("2026-03-16", "2026-03-25", "2026-03-26")]
    [InlineData("2026-03-21", "2026-04-01", "2026-04-01")]
    [InlineData("2026-07-27", "2026-08-05", "2026-08-06")]
    [InlineData("2026-11-25", "2026-12-04", "2026-12-07")]
    public void LastDay_EveryRowOfTheDomainTable_MatchesBothCalendars(string published, string englandAndWales, string allUk)
    {
        // Act
        var byEnglandAndWales = MandatoryStandstill.LastDay(D(published), UkCalendar.EnglandAndWales);
        var byAllUk = MandatoryStandstill.LastDay(D(published), UkCalendar.AllUk);

        // Assert
        Assert.Equal((D(englandAndWales), D(allUk)), (byEnglandAndWales, byAllUk));
    }

    [Theory]
    [InlineData("2026-03-16", UkCalendar.Scotland, "2026-03-25")]
    [InlineData("2026-03-16", UkCalendar.NorthernIreland, "2026-03-26")]
    [InlineData("2026-07-27", UkCalendar.Scotland, "2026-08-06")]
    [InlineData("2026-07-06", UkCalendar.NorthernIreland, "2026-07-16")]
    [InlineData("2026-11-25", UkCalendar.Scotland, "2026-12-07")]
    public void LastDay_EachPartsOwnCalendar_SkipsOnlyItsHolidays(string published, UkCalendar calendar, string expected) =>
        Assert.Equal(D(expected), MandatoryStandstill.LastDay(D(published), calendar));

    [Fact]
    public void Period_PublishedOnASaturday_CountsFromMonday()
    {
        // Act: Saturday 21 March 2026; Monday 23 is the first working day.
        var period = MandatoryStandstill.Period(D("2026-03-21")).Value;

        // Assert
        Assert.Equal(D("2026-04-01"), period.LastDay);
        Assert.Empty(period.Holidays);
        Assert.Equal(UkCalendar.AllUk, period.Calendar);
    }

    [Fact]
    public void Period_PublishedOnABankHoliday_DoesNotCountThatDay()
    {
        // Act: Good Friday 3 April 2026, then Easter Monday in England and Wales.
        var period = MandatoryStandstill.Period(D("2026-04-03"), UkCalendar.EnglandAndWales).Value;

        // Assert: Tuesday 7 April is the first working day; the eighth is Thursday 16 April.
        Assert.Equal(D("2026-04-16"), period.LastDay);
        Assert.Equal(["Good Friday", "Easter Monday"], period.Holidays.Select(h => h.Name));
    }

    [Fact]
    public void Period_OverTheJubilee2022_SkipsTheMovedDaysNotTheUsualOne()
    {
        // Act: Monday 30 May 2022 was a working day; 2 and 3 June were not.
        var period = MandatoryStandstill.Period(D("2022-05-27"), UkCalendar.EnglandAndWales).Value;

        // Assert: 27, 30, 31 May, 1, 6, 7, 8, 9 June.
        Assert.Equal(D("2022-06-09"), period.LastDay);
        Assert.Equal([D("2022-06-02"), D("2022-06-03")], period.Holidays.Select(h => h.Date));
    }

    [Theory]
    [InlineData(UkCalendar.EnglandAndWales, "2026-06-19")]
    [InlineData(UkCalendar.Scotland, "2026-06-22")]
    [InlineData(UkCalendar.AllUk, "2026-06-22")]
    public void LastDay_OverScotlandsWorldCupHoliday2026_StopsOnlyWhereItCounts(UkCalendar calendar, string expected) =>
        Assert.Equal(D(expected), MandatoryStandstill.LastDay(D("2026-06-10"), calendar));

    [Fact]
    public void Period_ALongerStandstillTheBuyerSet_CountsItsWorkingDays()
    {
        // Act
        var period = MandatoryStandstill.Period(D("2026-03-16"), WorkingDayCalendar.For(UkCalendar.EnglandAndWales), 10).Value;

        // Assert
        Assert.Equal((D("2026-03-27"), 10, true), (period.LastDay, period.WorkingDays, period.Voluntary));
    }

    [Theory]
    [InlineData("2026-03-16", 7, "at least 8 working days (PA 2023 s.51)")]
    [InlineData("2026-03-16", 251, "up to 250")]
    [InlineData("2012-12-31", 8, "2012-12-31")]
    [InlineData("9998-01-01", 8, "9998-01-01")]
    public void Period_OutOfRange_IsRefusedNamingTheValue(string published, int days, string expected)
    {
        // Act
        var period = MandatoryStandstill.Period(D(published), WorkingDayCalendar.For(UkCalendar.AllUk), days);

        // Assert
        Assert.False(period.IsSuccess);
        Assert.Equal(MandatoryStandstill.OutOfRangeCode, period.Error!.Code);
        Assert.Contains(expected, period.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_TheLatestDateAndLongestLength_StaysInsideTheCalendar()
    {
        // Act
        var period = MandatoryStandstill.Period(MandatoryStandstill.LatestPublication, WorkingDayCalendar.For(UkCalendar.AllUk), MandatoryStandstill.MaximumWorkingDays);

        // Assert
        Assert.True(period.IsSuccess);
        Assert.True(period.Value.EntryFrom.Year <= BankHolidays.LastYear);
    }

    [Fact]
    public void LastDay_OutOfRange_ThrowsForTheCaller() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MandatoryStandstill.LastDay(D("2000-01-04")));
}
