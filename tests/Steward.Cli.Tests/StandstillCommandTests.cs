using System.Text.Json.Nodes;
using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

/// <summary>
/// <c>steward standstill DATE</c>: the contract (docs/evaluation.md): the last day alone on one line, the JSON keys,
/// exit 0, and exit 2 naming the bad value.
/// </summary>
public sealed class StandstillCommandTests
{
    [Theory]
    [InlineData("2026-03-16", "all-uk", "2026-03-26")]
    [InlineData("2026-03-16", "england-and-wales", "2026-03-25")]
    [InlineData("2024-12-24", "all-uk", "2025-01-08")]
    [InlineData("2024-12-24", "england-and-wales", "2025-01-07")]
    [InlineData("2026-11-25", "scotland", "2026-12-07")]
    [InlineData("2026-03-21", "northern-ireland", "2026-04-01")]
    public async Task Standstill_T13T14AndTheCalendars_PrintTheLastDayAlone(string published, string calendar, string expected)
    {
        // Act
        var result = await Run("standstill", published, "--calendar", calendar);

        // Assert
        Assert.Equal((0, expected + Environment.NewLine, string.Empty), (result.Exit, result.Out, result.Error));
    }

    [Fact]
    public async Task Standstill_WithoutACalendar_CountsEveryPartsHolidays()
    {
        // Act: T13; Northern Ireland's St Patrick's Day stops the clock by default.
        var result = await Run("standstill", "2026-03-16");

        // Assert
        Assert.Equal((0, "2026-03-26" + Environment.NewLine), (result.Exit, result.Out));
    }

    [Fact]
    public async Task Standstill_Json_GivesTheContractsKeys()
    {
        // Act
        var result = await Run("standstill", "2024-12-24", "--format", "json", "--calendar", "england-and-wales");

        // Assert
        Assert.Equal((0, string.Empty), (result.Exit, result.Error));
        var json = JsonNode.Parse(result.Out)!.AsObject();
        Assert.Equal(["published", "calendar", "workingDays", "lastDay", "entryFrom", "holidays", "reference"], json.Select(p => p.Key));
        Assert.Equal(("2024-12-24", "england-and-wales", 8), ((string?)json["published"], (string?)json["calendar"], (int)json["workingDays"]!));
        Assert.Equal(("2025-01-07", "2025-01-08"), ((string?)json["lastDay"], (string?)json["entryFrom"]));
        Assert.Equal(["2024-12-25", "2024-12-26", "2025-01-01"], json["holidays"]!.AsArray().Select(h => (string?)h!["date"]));
        Assert.Equal(["Christmas Day", "Boxing Day", "New Year's Day"], json["holidays"]!.AsArray().Select(h => (string?)h!["name"]));
        Assert.Contains("PA 2023 s.51", (string?)json["reference"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standstill_ALongerPeriod_CountsItsDays()
    {
        // Act
        var result = await Run("standstill", "2026-03-16", "--days", "10", "--calendar", "england-and-wales", "--format", "json");

        // Assert
        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal((0, 10, "2026-03-27"), (result.Exit, (int)json["workingDays"]!, (string?)json["lastDay"]));
    }

    [Theory]
    [InlineData(new[] { "standstill", "2026-02-30" }, "\"2026-02-30\" is not a date written YYYY-MM-DD")]
    [InlineData(new[] { "standstill", "tomorrow" }, "\"tomorrow\" is not a date")]
    [InlineData(new[] { "standstill", "16/03/2026" }, "\"16/03/2026\"")]
    [InlineData(new[] { "standstill", "2026-03-16", "--calendar", "wales" }, "--calendar: \"wales\" is not a bank-holiday calendar; use one of all-uk, england-and-wales, scotland, northern-ireland")]
    [InlineData(new[] { "standstill", "2026-03-16", "--days", "7" }, "--days: 7 working days")]
    [InlineData(new[] { "standstill", "2026-03-16", "--days", "eight" }, "eight")]
    [InlineData(new[] { "standstill", "2026-03-16", "--format", "xml" }, "xml")]
    [InlineData(new[] { "standstill", "2012-06-01" }, "DATE: 2012-06-01: Steward computes bank holidays for notices published from 2013-01-01")]
    [InlineData(new[] { "standstill" }, "Required argument")]
    public async Task Standstill_BadInput_ExitsTwoNamingTheValue(string[] args, string expected)
    {
        // Act
        var result = await Run(args);

        // Assert
        Assert.Equal((2, string.Empty), (result.Exit, result.Out));
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standstill_AReplacementHolidaysFile_IsUsed()
    {
        // Arrange: a proclamation adding Thursday 18 March 2027 in England and Wales.
        using var folder = new TempFolder();
        var file = folder.Write("holidays.json", """
            {"added": [{"date": "2027-03-18", "name": "A new day", "calendars": ["england-and-wales"], "source": "test"}]}
            """);

        // Act
        var shipped = await Run("standstill", "2027-03-15", "--calendar", "england-and-wales");
        var replaced = await Run("standstill", "2027-03-15", "--calendar", "england-and-wales", "--holidays", file);

        // Assert: 15 to 24 March, or 25 with the new day; Good Friday 2027 is 26 March.
        Assert.Equal("2027-03-24" + Environment.NewLine, shipped.Out);
        Assert.Equal((0, "2027-03-25" + Environment.NewLine), (replaced.Exit, replaced.Out));
    }

    [Theory]
    [InlineData("""{"added": [{"date": "2027-03-18", "name": "X", "calendars": ["wales"], "source": "s"}]}""", "added[0].calendars[0]: expected one of england-and-wales")]
    [InlineData("""{"added": [{"date": "2027-03-18", "name": "X", "calendars": ["scotland"]}]}""", "added[0].source: missing; it is required")]
    [InlineData("""{"added": [""", "line 1, byte")]
    public async Task Standstill_ABadHolidaysFile_ExitsTwoNamingTheFileAndPath(string content, string expected)
    {
        // Arrange
        using var folder = new TempFolder();
        var file = folder.Write("holidays.json", content);

        // Act
        var result = await Run("standstill", "2027-03-15", "--holidays", file);

        // Assert
        Assert.Equal((2, string.Empty), (result.Exit, result.Out));
        Assert.Contains(file, result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standstill_AMissingHolidaysFile_ExitsTwoSayingSo()
    {
        // Act
        var result = await Run("standstill", "2027-03-15", "--holidays", "/nonexistent/holidays.json");

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains("--holidays: \"/nonexistent/holidays.json\" is not there (no such file)", result.Error, StringComparison.Ordinal);
    }
}
