using Steward.Core.Processes;

namespace Steward.Core.Tests.Processes;

/// <summary>CPV divisions and UK region codes in words (issue 16: readable codes everywhere).</summary>
public sealed class CodeNamesTests
{
    [Theory]
    [InlineData("45", "Construction work")]
    [InlineData("45000000", "Construction work")]
    [InlineData("45210000", "in Construction work")]
    [InlineData("85311000-2", "in Health and social work services")]
    [InlineData("03000000", "Agricultural, farming, fishing, forestry and related products")]
    [InlineData("90000000", "Sewage, refuse, cleaning and environmental services")]
    [InlineData("99", null)]
    [InlineData("4", null)]
    [InlineData("ab123456", null)]
    [InlineData(null, null)]
    public void Cpv_ADivisionByName_AFinerCodeByItsDivision(string? code, string? expected) =>
        Assert.Equal(expected, CpvDivisions.Describe(code));

    [Theory]
    [InlineData("45233140", "Roadworks")] // a finer code its publishers described
    [InlineData("45210000", "in Construction work")] // one they did not
    [InlineData("45000000", "Construction work")] // a division keeps the vocabulary's name
    [InlineData("99123456", "Published words for an unknown division")]
    [InlineData(null, null)]
    public void Cpv_AFinerCodeByItsPublishersWords_ADivisionByTheVocabulary(string? code, string? expected)
    {
        var published = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["45233140"] = "Roadworks",
            ["45000000"] = "Construction work as a publisher wrote it",
            ["99123456"] = "Published words for an unknown division",
        };

        Assert.Equal(expected, CpvDivisions.Describe(code, published));
    }

    [Fact]
    public void Cpv_TheVocabularyHas45Divisions_InCodeOrder()
    {
        Assert.Equal(45, CpvDivisions.All.Count);
        Assert.Equal("03", CpvDivisions.All[0].Code);
        Assert.Equal("98", CpvDivisions.All[^1].Code);
        Assert.Equal(CpvDivisions.All.Select(d => d.Code).Order(StringComparer.Ordinal), CpvDivisions.All.Select(d => d.Code));
    }

    [Theory]
    [InlineData("UKI", "London (UKI)")]
    [InlineData("UKI3", "Inner London – West (UKI3)")]
    [InlineData("TLI3", "Inner London – West (TLI3)")]
    [InlineData("UKI31", "UKI31, in Inner London – West")]
    [InlineData("ukd33", "ukd33, in Greater Manchester")]
    [InlineData("UKN06", "UKN06, in Northern Ireland")]
    [InlineData("UKZ", "UKZ")]
    [InlineData("UK", "United Kingdom (several regions) (UK)")]
    [InlineData("FR101", "FR101")]
    [InlineData(null, "Unknown")]
    public void Regions_FirstAndSecondLevelByName_AThirdLevelByItsArea(string? code, string expected) =>
        Assert.Equal(expected, UkAreas.Describe(code));
}
