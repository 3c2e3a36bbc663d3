using System.Text.Json;
using Steward.Core.Tenders;

namespace Steward.Core.Tests.Tenders;

/// <summary>Bad DESIGN.json values are named by their JSON path; missing facts are left to the checker.</summary>
public sealed class TenderDesignJsonTests
{
    [Theory]
    [InlineData("\"weight\": 40", "\"weight\": \"forty\"", "lots[0].criteria[0].weight: expected a number, found \"forty\"")]
    [InlineData("\"value\": 4000000", "\"value\": -1", "value: -1 is below the smallest allowed value, 0")]
    [InlineData("\"procedure\": \"competitiveFlexible\"", "\"procedure\": \"restricted\"", "procedure: \"restricted\" is not open, competitiveFlexible, directAward or callOff")]
    [InlineData("\"startDate\": \"2026-12-07\"", "\"startDate\": \"7/12/2026\"", "tenderPeriod.startDate: \"7/12/2026\" is not a date written YYYY-MM-DD")]
    [InlineData("\"reservedParticipation\": \"publicServiceMissionOrganization\"", "\"reservedParticipation\": \"charities\"", "lots[1].reservedParticipation: \"charities\" is not shelteredWorkshop, publicServiceMissionOrganization or smeVcse")]
    [InlineData("\"direction\": \"increase\"", "\"direction\": \"up\"", "goals[0].measures[0].direction: \"up\" is not increase, decrease or maintain")]
    public void Read_AValueOfTheWrongKind_IsAnErrorNamingItsPath(string from, string to, string expected)
    {
        // Arrange
        using var document = JsonDocument.Parse(DesignFixture.Json.Replace(from, to, StringComparison.Ordinal));

        // Act
        var (_, errors) = TenderDesignJson.Read(document.RootElement);

        // Assert
        Assert.Contains(expected, Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TheFixture_ReadsTheCriteriaTreeAndGoals()
    {
        // Act
        var design = DesignFixture.Design();

        // Assert
        var lot = design.Lots[0];
        Assert.Equal(["price", "q1", "q2", "sv"], lot.Scored().Select(c => c.Id));
        Assert.Equal([40m, 30m, 20m, 10m], lot.Scored().Select(c => c.Weight));
        Assert.Equal(5m, lot.Scored()[1].MaxScore);
        Assert.Equal("local-hires", Assert.Single(Assert.Single(design.Goals).Measures).Id);
        Assert.Equal(Core.Suppliers.Reservation.PublicServiceMutual, design.Lots[1].Reservation);
    }
}
