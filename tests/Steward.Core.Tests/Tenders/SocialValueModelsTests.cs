using System.Text.Json;
using Steward.Core.Tenders;

namespace Steward.Core.Tests.Tenders;

/// <summary>The shipped Social Value Model reference data, and choosing a version by a procurement's start and value.</summary>
public sealed class SocialValueModelsTests
{
    [Fact]
    public void Default_ShipsBothVersions_WithTheUnconfirmedPartsMarked()
    {
        // Act
        var models = SocialValueModels.Default;

        // Assert
        var ppn002 = models.Find("ppn002")!;
        Assert.Equal(5, ppn002.Missions.Count);
        Assert.Equal(8, ppn002.Outcomes.Count);
        Assert.False(ppn002.Outcome("5")!.Confirmed);
        Assert.False(ppn002.Outcome("1")!.Criteria.Single(c => c.Id == "1e").Confirmed);
        var ppn026 = models.Find("ppn026")!;
        Assert.False(ppn026.Confirmed);
        Assert.Equal(["good-jobs", "skills"], ppn026.Outcomes.Select(o => o.Id));
    }

    [Theory]
    [InlineData("2026-12-31", 10_000_000, "ppn002")]
    [InlineData("2027-01-01", 1_000_000, "ppn026")]
    [InlineData("2027-01-01", 999_999, null)]
    [InlineData("2025-02-23", 10_000_000, null)]
    public void For_ChoosesByStartAndValue(string start, int value, string? expected) =>
        Assert.Equal(expected, SocialValueModels.Default.For(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), value)?.Id);

    [Theory]
    [InlineData(4_999_999, 10)]
    [InlineData(5_000_000, 20)]
    public void MinimumPercent_Ppn026_HasTwoBands(int value, int percent) =>
        Assert.Equal(percent, SocialValueModels.Default.Find("ppn026")!.MinimumPercent(value));

    [Fact]
    public void Read_AReplacementFile_IsUsedWithoutACodeChange()
    {
        // Arrange
        using var document = JsonDocument.Parse("""
            {"models": [{"id": "ppn030", "name": "PPN 030", "appliesFrom": "2030-01-01", "minimumWeights": [{"fromValue": 0, "percent": 15}],
              "outcomes": [{"id": "a", "name": "Outcome A"}]}]}
            """);

        // Act
        var models = SocialValueModels.Read(document.RootElement);

        // Assert
        Assert.True(models.IsSuccess);
        Assert.Equal("Outcome A", models.Value.Resolve("ppn030:a")!.Value.Outcome.Name);
        Assert.Equal(15m, models.Value.For(new DateOnly(2030, 6, 1), 1m)!.MinimumPercent(1m));
    }

    [Fact]
    public void Read_ABadFile_NamesThePath()
    {
        // Arrange
        using var document = JsonDocument.Parse("""{"models": [{"id": "x", "name": "X", "appliesFrom": "soon", "minimumWeights": [], "outcomes": []}]}""");

        // Act
        var models = SocialValueModels.Read(document.RootElement);

        // Assert
        Assert.Contains("models[0].appliesFrom: \"soon\" is not a date", models.Error!.Message, StringComparison.Ordinal);
    }
}
