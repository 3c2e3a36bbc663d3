using System.Text.Json.Nodes;
using Steward.Core.Evaluation.Standstill;

namespace Steward.Core.Tests.Evaluation.Standstill;

/// <summary>The JSON of a standstill period, the contract of <c>steward standstill --format json</c>.</summary>
public sealed class StandstillPeriodJsonTests
{
    [Fact]
    public void Serialize_T13AllUk_GivesTheContractsKeysAndTheSkippedHoliday()
    {
        // Arrange
        var period = MandatoryStandstill.Period(new DateOnly(2026, 3, 16), UkCalendar.AllUk).Value;

        // Act
        var json = JsonNode.Parse(StandstillPeriodJson.Serialize(period))!.AsObject();

        // Assert
        Assert.Equal(["published", "calendar", "workingDays", "lastDay", "entryFrom", "holidays", "reference"], json.Select(p => p.Key));
        Assert.Equal(("2026-03-16", "all-uk", 8), ((string?)json["published"], (string?)json["calendar"], (int)json["workingDays"]!));
        Assert.Equal(("2026-03-26", "2026-03-27"), ((string?)json["lastDay"], (string?)json["entryFrom"]));
        var holiday = json["holidays"]!.AsArray().Single()!;
        Assert.Equal(("2026-03-17", "St Patrick's Day"), ((string?)holiday["date"], (string?)holiday["name"]));
        Assert.Equal(["northern-ireland"], holiday["calendars"]!.AsArray().Select(c => (string?)c));
        Assert.Contains("PA 2023 s.51", (string?)json["reference"], StringComparison.Ordinal);
        Assert.Contains("s.123", (string?)json["reference"], StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Names_KeepTheirApostrophes() =>
        Assert.Contains("St Patrick's Day", StandstillPeriodJson.Serialize(MandatoryStandstill.Period(new DateOnly(2026, 3, 16)).Value), StringComparison.Ordinal);
}
