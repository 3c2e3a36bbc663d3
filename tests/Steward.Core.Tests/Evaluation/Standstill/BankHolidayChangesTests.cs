using System.Globalization;
using System.Text.Json;
using Steward.Core.Evaluation.Standstill;

namespace Steward.Core.Tests.Evaluation.Standstill;

/// <summary>The one-off changes by proclamation as reference data: the shipped copy, a replacement, and bad files.</summary>
public sealed class BankHolidayChangesTests
{
    private static DateOnly D(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Steward.Core.Common.Result<BankHolidayChanges> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return BankHolidayChanges.Read(document.RootElement);
    }

    [Fact]
    public void Default_ShipsTheKnownChangesWithTheirSource()
    {
        // Act
        var changes = BankHolidayChanges.Default;

        // Assert
        Assert.Equal([D("2020-05-08"), D("2022-06-02"), D("2022-06-03"), D("2022-09-19"), D("2023-05-08"), D("2026-06-15")], changes.Added.Select(a => a.Date));
        Assert.Equal([D("2020-05-04"), D("2022-05-30")], changes.Removed.Select(r => r.Date));
        Assert.All(changes.Added.SkipLast(1).Concat(changes.Removed), c => Assert.Equal(UkCalendars.Parts, c.Calendars));
        Assert.Equal([UkCalendar.Scotland], changes.Added[^1].Calendars);
        Assert.All(changes.Added.Concat(changes.Removed), c => Assert.Equal("gov.uk bank-holidays.json", c.Source));
        Assert.Contains("bank-holidays.json", changes.About, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AReplacementFile_IsUsedWithoutACodeChange()
    {
        // Arrange: a proclamation moving Scotland's 2027 early May holiday to Friday 7 May, and adding a day in Wales and England.
        var read = Read("""
            {"about": "test", "added": [
               {"date": "2027-05-07", "name": "Moved early May", "calendars": ["scotland"], "source": "proclamation"},
               {"date": "2027-06-11", "name": "A new day", "calendars": ["england-and-wales"], "source": "proclamation", "note": "one year only"}],
             "removed": [{"date": "2027-05-03", "name": "Early May bank holiday", "calendars": ["scotland"], "source": "proclamation"}]}
            """);

        // Act
        var scotland = new WorkingDayCalendar(UkCalendar.Scotland, read.Value);
        var englandAndWales = new WorkingDayCalendar(UkCalendar.EnglandAndWales, read.Value);

        // Assert
        Assert.True(read.IsSuccess);
        Assert.True(scotland.IsWorkingDay(D("2027-05-03")));
        Assert.False(scotland.IsWorkingDay(D("2027-05-07")));
        Assert.False(englandAndWales.IsWorkingDay(D("2027-05-03")));
        Assert.Equal("A new day", englandAndWales.Holiday(D("2027-06-11"))!.Name);
        Assert.True(WorkingDayCalendar.For(UkCalendar.Scotland).IsWorkingDay(D("2027-06-11")));
    }

    [Theory]
    [InlineData("""{"added": [{"date": "2027-06-11", "name": "X", "calendars": ["wales"], "source": "s"}]}""", "added[0].calendars[0]: expected one of england-and-wales, scotland, northern-ireland, found \"wales\"")]
    [InlineData("""{"added": [{"date": "2027-06-11", "name": "X", "calendars": ["all-uk"], "source": "s"}]}""", "added[0].calendars[0]", "list the parts")]
    [InlineData("""{"added": [{"date": "2027-06-11", "name": "X", "calendars": [], "source": "s"}]}""", "added[0].calendars: empty")]
    [InlineData("""{"added": [{"date": "2027-06-11", "name": "X", "calendars": ["scotland", "scotland"], "source": "s"}]}""", "added[0].calendars[1]: scotland is listed twice")]
    [InlineData("""{"added": [{"date": "2027-02-30", "name": "X", "calendars": ["scotland"], "source": "s"}]}""", "added[0].date: \"2027-02-30\" is not a date")]
    [InlineData("""{"added": [{"date": "2027-06-11", "calendars": ["scotland"], "source": "s"}]}""", "added[0].name: missing; it is required")]
    [InlineData("""{"added": [{"date": "2027-06-11", "name": "X", "calendars": ["scotland"]}]}""", "added[0].source: missing; it is required")]
    [InlineData("""{"added": [{"date": "2027-06-11", "name": "X", "calendars": ["scotland"], "source": "s", "when": 1}]}""", "added[0].when: unknown property")]
    [InlineData("""{"added": [{"date": "2010-06-11", "name": "X", "calendars": ["scotland"], "source": "s"}]}""", "added[0].date: 2010-06-11 is outside the years")]
    [InlineData("""{"added": [{"date": "2027-08-02", "name": "X", "calendars": ["scotland"], "source": "s"}]}""", "added[0].date: 2027-08-02 is already a bank holiday in scotland (Summer bank holiday)")]
    [InlineData("""{"removed": [{"date": "2027-06-11", "name": "X", "calendars": ["scotland"], "source": "s"}]}""", "removed[0].date: 2027-06-11 is not a usual bank holiday in scotland")]
    [InlineData("""{"removed": [{"date": "2027-03-29", "name": "X", "calendars": ["england-and-wales", "scotland"], "source": "s"}]}""", "removed[0].date: 2027-03-29 is not a usual bank holiday in scotland")]
    [InlineData("""{"removed": [{"date": "2027-12-25", "name": "X", "calendars": ["scotland"], "source": "s"}]}""", "removed[0].date: 2027-12-25 is Christmas Day or Good Friday", "PA 2023 s.123")]
    [InlineData("""{"removed": [{"date": "2027-03-26", "name": "X", "calendars": ["scotland"], "source": "s"}]}""", "removed[0].date: 2027-03-26 is Christmas Day or Good Friday")]
    [InlineData("""{"added": [{"date": "2027-06-11", "name": "X", "calendars": ["scotland"], "source": "s"}, {"date": "2027-06-11", "name": "Y", "calendars": ["scotland"], "source": "s"}]}""", "added[1].date: 2027-06-11 is added for scotland more than once")]
    [InlineData("""{"changes": []}""", "changes: unknown property")]
    [InlineData("""[]""", "$: expected an object")]
    public void Read_ABadFile_NamesTheJsonPath(string json, string expected, string? also = null)
    {
        // Act
        var read = Read(json);

        // Assert
        Assert.False(read.IsSuccess);
        Assert.Equal("HOLIDAYS_INVALID", read.Error!.Code);
        Assert.Contains(expected, read.Error.Message, StringComparison.Ordinal);
        Assert.Contains(also ?? expected, read.Error.Message, StringComparison.Ordinal);
    }
}
