using Steward.Core.OpenBook;

namespace Steward.Core.Tests.OpenBook;

public class ProfitCapPolicyTests
{
    private static ProfitCapPolicy Cap(ProfitCapType type = ProfitCapType.MarginPercent, string? value = "20") =>
        ProfitCapPolicies.BuyerCap("buyer-cap", "childrens-homes", type, 0, new DateOnly(2026, 5, 1)) with
        {
            CapValue = value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
        };

    [Fact]
    public void Known_ChildrensHomesAndFostering_SetNoCapAndCarryCmaContext()
    {
        // Arrange
        var known = ProfitCapPolicies.Known;

        // Act
        var homes = known.Single(p => p.ServiceCategory == "childrens-homes");
        var fostering = known.Single(p => p.ServiceCategory == "fostering");

        // Assert
        Assert.All(known, p => Assert.Equal(ProfitCapType.None, p.CapType));
        Assert.All(known, p => Assert.Null(p.CapValue));
        Assert.All(known, p => Assert.Equal("England", p.Jurisdiction));
        Assert.All(known, p => Assert.Empty(p.Validate()));
        Assert.All(known, p => Assert.Equal("Children's Wellbeing and Schools Act 2026 s.17 (power to limit profit by regulations; no level set)", p.LegalBasis));
        Assert.Equal(23m, homes.Benchmarks.Single().OperatingMarginPercent);
        Assert.Equal(3830m, homes.Benchmarks.Single().AveragePrice);
        Assert.Equal(19m, fostering.Benchmarks.Single().OperatingMarginPercent);
        Assert.Equal(820m, fostering.Benchmarks.Single().AveragePrice);
        Assert.True(fostering.Benchmarks.Single().PriceApproximate);
        Assert.Equal("CMA children's social care market study, interim report (22 Oct 2021)", homes.Benchmarks.Single().Source);
    }

    [Theory]
    [InlineData(ProfitCapType.MarginPercent, null, "capValue: is required when capType is MarginPercent.")]
    [InlineData(ProfitCapType.PricePerUnit, null, "capValue: is required when capType is PricePerUnit.")]
    [InlineData(ProfitCapType.MarkupPercent, "-1", "capValue: must not be negative, found -1.")]
    [InlineData(ProfitCapType.MarginPercent, "100.5", "capValue: a margin cap is a percentage of price, 0 to 100, found 100.5.")]
    [InlineData(ProfitCapType.None, "10", "capValue: must be empty when capType is None, found 10.")]
    [InlineData((ProfitCapType)9, null, "capType: 9 is not a cap type (None, MarginPercent, MarkupPercent, PricePerUnit).")]
    public void Validate_BadCapValue_NamesField(ProfitCapType type, string? value, string expected)
    {
        // Arrange
        var policy = Cap(type, value);

        // Act
        var errors = policy.Validate();

        // Assert
        Assert.Equal(expected, Assert.Single(errors).Message);
    }

    [Fact]
    public void Validate_EffectiveToBeforeFrom_NamesEffectiveTo()
    {
        // Arrange
        var policy = Cap() with { EffectiveTo = new DateOnly(2026, 4, 30) };

        // Act
        var errors = policy.Validate();

        // Assert
        Assert.Equal("effectiveTo: 2026-04-30 is before effectiveFrom 2026-05-01.", Assert.Single(errors).Message);
    }

    [Fact]
    public void Validate_EmptyTexts_NameEachField()
    {
        // Arrange
        var policy = Cap() with { Id = "", ServiceCategory = "", Jurisdiction = "", LegalBasis = "", Benchmarks = [new() { Population = "", Source = "" }] };

        // Act
        var messages = policy.Validate().Select(e => e.Message).ToList();

        // Assert
        Assert.Equal(
            ["id: is empty.", "serviceCategory: is empty.", "jurisdiction: is empty.", "legalBasis: is empty.",
             "benchmarks[0].population: is empty.", "benchmarks[0].source: is empty."],
            messages);
    }

    [Theory]
    [InlineData("2026-04-30", false)]
    [InlineData("2026-05-01", true)]
    [InlineData("2026-12-31", true)]
    [InlineData("2027-01-01", false)]
    public void InForceOn_BothEndsInclusive(string date, bool expected)
    {
        // Arrange
        var policy = Cap() with { EffectiveTo = new DateOnly(2026, 12, 31) };

        // Act
        var inForce = policy.InForceOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal(expected, inForce);
    }

    [Fact]
    public void BuyerCap_KnownService_CopiesContextAndNotesNoStatutoryCap()
    {
        // Arrange, Act
        var policy = ProfitCapPolicies.BuyerCap("b", "fostering", ProfitCapType.MarginPercent, 10, new DateOnly(2026, 6, 1));

        // Assert
        Assert.Equal("The buyer's contract terms. No cap is set by law: CWSA 2026 s.17 gives a power only.", policy.LegalBasis);
        Assert.Equal(19m, policy.Benchmarks.Single().OperatingMarginPercent);
        Assert.Empty(policy.Validate());
    }

    [Fact]
    public void BuyerCap_UnknownService_KeepsBasisAndHasNoContext()
    {
        // Arrange, Act
        var policy = ProfitCapPolicies.BuyerCap("b", "home-care", ProfitCapType.PricePerUnit, 25, new DateOnly(2026, 6, 1), basis: "Framework clause 7");

        // Assert
        Assert.Equal("Framework clause 7", policy.LegalBasis);
        Assert.Empty(policy.Benchmarks);
    }
}
