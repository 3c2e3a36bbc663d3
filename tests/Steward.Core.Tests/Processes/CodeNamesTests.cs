using System.Text.RegularExpressions;
using Steward.Core.Processes;
using Steward.Testing;

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
    [InlineData("UKI31", "Camden and City of London (UKI31)")]
    [InlineData("ukd33", "Manchester (ukd33)")]
    [InlineData("UKN06", "Belfast (UKN06)")]
    [InlineData("UKN0A", "Derry City and Strabane (UKN0A)")]
    [InlineData("UKK43", "Devon CC (UKK43)")]
    [InlineData("TLK25", "Dorset (TLK25)")]
    [InlineData("UKK22", "Dorset CC (NUTS 2016) (UKK22)")]
    [InlineData("UKM24", "Scottish Borders (NUTS 2013) (UKM24)")]
    [InlineData("UKM91", "Scottish Borders (UKM91)")]
    [InlineData("UKC19", "UKC19, in Tees Valley and Durham")]
    [InlineData("TLC19", "TLC19, in Tees Valley and Durham")]
    [InlineData("UKZ", "UKZ")]
    [InlineData("UK", "United Kingdom (several regions) (UK)")]
    [InlineData("FR101", "FR101")]
    [InlineData(null, "Unknown")]
    public void Regions_EachLevelByName_AnUnknownCodeByItsArea(string? code, string expected) =>
        Assert.Equal(expected, UkAreas.Describe(code));

    [Fact]
    public void Regions_TheThirdLevelHasNuts2021s179Areas_EachInANamedSecondLevelArea()
    {
        // NUTS 2021 / ITL 2021 divide the UK into 179 third-level areas; every code named at the third level, current or
        // retired, lies in a second-level area Steward names.
        Assert.Equal(179, UkLocalAreas.Current.Count);
        Assert.Equal(UkLocalAreas.Current.Count, UkLocalAreas.Current.Select(a => a.Code).Distinct().Count());
        Assert.All(UkLocalAreas.Codes, code =>
        {
            Assert.Equal(5, code.Length);
            Assert.NotNull(UkAreas.Name(code[..4]));
        });
    }

    [Fact]
    public void Regions_EveryThirdLevelCodeInTheRealRecord_IsNamed()
    {
        // Arrange: every five-character UK region code the files in ../shared/data/ocds carry (Scotland's and Wales's
        // publishers use third-level codes most).
        var region = new Regex("\"region\"\\s*:\\s*\"((?:UK|TL)[A-Z0-9]{3})\"", RegexOptions.IgnoreCase);
        var codes = SharedData.AllOcdsFiles()
            .SelectMany(file => region.Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        // Assert: there are some, and each has its name.
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.NotNull(UkAreas.Name(code)));
    }
}
