using System.Globalization;
using Steward.Core.Evaluation.Standstill;

namespace Steward.Core.Tests.Evaluation.Standstill;

/// <summary>Working days (PA 2023 s.123) and counting them; calendar names.</summary>
public sealed class WorkingDayCalendarTests
{
    private static DateOnly D(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-03-14", false)]
    [InlineData("2026-03-15", false)]
    [InlineData("2026-03-16", true)]
    [InlineData("2026-04-03", false)]
    [InlineData("2026-12-25", false)]
    [InlineData("2026-08-03", true)]
    [InlineData("2026-03-17", true)]
    public void IsWorkingDay_EnglandAndWales_FollowsSection123(string day, bool expected) =>
        Assert.Equal(expected, WorkingDayCalendar.For(UkCalendar.EnglandAndWales).IsWorkingDay(D(day)));

    [Theory]
    [InlineData("2026-08-03", false)]
    [InlineData("2026-03-17", false)]
    [InlineData("2026-11-30", false)]
    [InlineData("2026-01-02", false)]
    [InlineData("2026-08-31", false)]
    [InlineData("2026-08-04", true)]
    public void IsWorkingDay_AllUk_StopsOnAnyPartsHoliday(string day, bool expected) =>
        Assert.Equal(expected, WorkingDayCalendar.For(UkCalendar.AllUk).IsWorkingDay(D(day)));

    [Fact]
    public void IsWorkingDay_ChristmasAndGoodFriday_AreNeverWorkingDays_EvenWithoutAnyHolidays()
    {
        // Arrange: a changes file cannot remove them, but the rule does not rest on the list either.
        var days = new WorkingDayCalendar(UkCalendar.EnglandAndWales, BankHolidayChanges.None);

        // Act and Assert
        Assert.False(days.IsWorkingDay(D("2026-04-03")));
        Assert.False(days.IsWorkingDay(D("2030-12-25")));
    }

    [Theory]
    [InlineData("2026-03-16", 0, "2026-03-16")]
    [InlineData("2026-03-16", 1, "2026-03-18")]
    [InlineData("2026-03-20", 1, "2026-03-23")]
    [InlineData("2026-12-24", 1, "2026-12-29")]
    public void AddWorkingDays_CountsAfterTheDay(string day, int count, string expected) =>
        Assert.Equal(D(expected), WorkingDayCalendar.For(UkCalendar.AllUk).AddWorkingDays(D(day), count));

    [Theory]
    [InlineData("2026-12-25", "2026-12-29")]
    [InlineData("2026-03-16", "2026-03-16")]
    [InlineData("2026-11-28", "2026-12-01")]
    public void NextWorkingDay_SkipsWeekendsAndHolidays(string day, string expected) =>
        Assert.Equal(D(expected), WorkingDayCalendar.For(UkCalendar.AllUk).NextWorkingDay(D(day)));

    [Theory]
    [InlineData("all-uk", UkCalendar.AllUk)]
    [InlineData("england-and-wales", UkCalendar.EnglandAndWales)]
    [InlineData("Scotland", UkCalendar.Scotland)]
    [InlineData(" northern-ireland ", UkCalendar.NorthernIreland)]
    public void Parse_ACalendarName_GivesItsCalendar(string name, UkCalendar expected) =>
        Assert.Equal(expected, UkCalendars.Parse(name).Value);

    [Theory]
    [InlineData("wales")]
    [InlineData("uk")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_AnUnknownName_IsRefusedListingTheValidOnes(string? name)
    {
        // Act
        var parsed = UkCalendars.Parse(name);

        // Assert
        Assert.False(parsed.IsSuccess);
        Assert.Equal(UkCalendars.UnknownCode, parsed.Error!.Code);
        Assert.Contains($"\"{name}\"", parsed.Error.Message, StringComparison.Ordinal);
        Assert.Contains("all-uk, england-and-wales, scotland, northern-ireland", parsed.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_EveryCalendar_RoundTripsThroughParse()
    {
        foreach (var calendar in UkCalendars.All)
        {
            Assert.Equal(calendar, UkCalendars.Parse(calendar.Name()).Value);
        }
    }
}
