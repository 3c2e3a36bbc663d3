using Steward.Core.Suppliers;

namespace Steward.Core.Tests.Suppliers;

public class SocialEnterpriseTestTests
{
    private static Reason Test(Classification classification, string test) => classification.Reasons.Single(r => r.Test == test);

    private static SupplierProfile WithAccounts(AnnualAccounts accounts) => SupplierSamples.SocialEnterprise() with { Accounts = [accounts] };

    [Fact]
    public void Classify_SampleAtBothThresholds_True()
    {
        // Arrange: trading exactly 50% of income, exactly 51% of surplus reinvested.
        var profile = SupplierSamples.SocialEnterprise();

        // Act
        var result = SocialEnterpriseTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.True, result.Result);
        Assert.Equal(["socialPurpose", "independent", "tradingIncome", "profitToMission", "assetLock"], result.Reasons.Select(r => r.Test));
        Assert.All(result.Reasons, r => Assert.Equal(Verdict.True, r.Outcome));
    }

    [Theory]
    [InlineData(500_000, 1_000_000, Verdict.True)]
    [InlineData(499_900, 1_000_000, Verdict.False)]
    [InlineData(1_000_000, 1_000_000, Verdict.True)]
    [InlineData(0, 1_000_000, Verdict.False)]
    [InlineData(5_000_000, 10_000_000, Verdict.True)]
    [InlineData(4_999_999, 10_000_000, Verdict.False)]
    public void Classify_TradingShareOfIncome_AtLeastHalfPasses(int trading, int turnover, Verdict expected)
    {
        // Arrange: 4,999,999 of 10,000,000 is 49.99999%, below half though it rounds to 50.0000%.
        var profile = WithAccounts(SupplierSamples.Year(2025, turnover: turnover, trading: trading, surplus: 100_000m, reinvested: 60_000m));

        // Act
        var result = SocialEnterpriseTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(expected, result.Result);
        var test = Test(result, "tradingIncome");
        Assert.Equal(expected, test.Outcome);
        Assert.Equal((decimal)turnover, test.Figures["income"]);
        Assert.Equal(50m, test.Figures["threshold"]);
    }

    [Theory]
    [InlineData(100_000, 51_000, Verdict.True)]
    [InlineData(100_000, 50_990, Verdict.False)]
    [InlineData(100_000, 50_000, Verdict.False)]
    [InlineData(10_000_000, 5_100_000, Verdict.True)]
    [InlineData(10_000_000, 5_099_999, Verdict.False)]
    public void Classify_ReinvestedShareOfSurplus_AtLeast51PercentPasses(int surplus, int reinvested, Verdict expected)
    {
        // Arrange: 5,099,999 of 10,000,000 is 50.99999%, below 51% though it rounds to 51.0000%.
        var profile = WithAccounts(SupplierSamples.Year(2025, turnover: 1_000_000m, trading: 800_000m, surplus: surplus, reinvested: reinvested));

        // Act
        var result = SocialEnterpriseTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(expected, result.Result);
        Assert.Equal(expected, Test(result, "profitToMission").Outcome);
        Assert.Contains("at least 51%", Test(result, "profitToMission").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_SoleTrader_NotIndependent()
    {
        // Arrange
        var profile = SupplierSamples.SocialEnterprise() with { LegalForm = LegalForm.SoleTrader };

        // Act
        var result = SocialEnterpriseTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.False, result.Result);
        Assert.Equal(Verdict.False, Test(result, "independent").Outcome);
        Assert.Contains("sole trader", Test(result, "independent").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, Verdict.True)]
    [InlineData(false, Verdict.False)]
    [InlineData(null, Verdict.Unknown)]
    public void Classify_AssetLockRequiredByDefault_DecidesTheResult(bool? assetLock, Verdict expected)
    {
        // Arrange
        var profile = SupplierSamples.SocialEnterprise() with { AssetLock = assetLock };

        // Act
        var result = SocialEnterpriseTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(expected, result.Result);
        Assert.Equal(expected, Test(result, "assetLock").Outcome);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void Classify_AssetLockNotRequired_PassesWithoutOne(bool? assetLock)
    {
        // Arrange
        var profile = SupplierSamples.SocialEnterprise() with { AssetLock = assetLock };
        var rules = new ClassificationRules { SocialEnterpriseRequiresAssetLock = false };

        // Act
        var result = SocialEnterpriseTest.Classify(profile, rules);

        // Assert
        Assert.Equal(Verdict.True, result.Result);
        Assert.Contains("socialEnterpriseRequiresAssetLock: false", Test(result, "assetLock").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_CicWithoutAssetLockField_LockedByLaw()
    {
        // Arrange
        var profile = SupplierSamples.SocialEnterprise() with { LegalForm = LegalForm.CicGuarantee, AssetLock = null, SocialPurpose = null };

        // Act
        var result = SocialEnterpriseTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.True, result.Result);
        Assert.Contains("locked by law", Test(result, "assetLock").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_TurnoverMissing_IncomeIsTradingPlusGrants()
    {
        // Arrange: 600,000 trading + 400,000 grants = 1,000,000 income; 60% from trading.
        var profile = WithAccounts(SupplierSamples.Year(2025, trading: 600_000m, grants: 400_000m, surplus: 100_000m, reinvested: 60_000m));

        // Act
        var test = Test(SocialEnterpriseTest.Classify(profile, ClassificationRules.Default), "tradingIncome");

        // Assert
        Assert.Equal(Verdict.True, test.Outcome);
        Assert.Equal(1_000_000m, test.Figures["income"]);
        Assert.Equal(60m, test.Figures["share"]);
    }

    [Fact]
    public void Classify_TurnoverGiven_IncomeIsTurnoverNotTradingPlusGrants()
    {
        // Arrange: turnover 2,000,000 includes other income; trading 600,000 is 30% of it (though 100% of trading + grants).
        var profile = WithAccounts(SupplierSamples.Year(2025, turnover: 2_000_000m, trading: 600_000m, grants: 0m, surplus: 100_000m, reinvested: 60_000m));

        // Act
        var test = Test(SocialEnterpriseTest.Classify(profile, ClassificationRules.Default), "tradingIncome");

        // Assert
        Assert.Equal(Verdict.False, test.Outcome);
        Assert.Equal(2_000_000m, test.Figures["income"]);
    }

    [Theory]
    [InlineData(null, 400_000)]
    [InlineData(600_000, null)]
    public void Classify_IncomeFiguresMissing_TradingUnknown(int? trading, int? grants)
    {
        // Arrange
        var profile = WithAccounts(SupplierSamples.Year(2025, trading: trading, grants: grants, surplus: 100_000m, reinvested: 60_000m));

        // Act
        var result = SocialEnterpriseTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.Unknown, result.Result);
        Assert.Equal(Verdict.Unknown, Test(result, "tradingIncome").Outcome);
    }

    [Fact]
    public void Classify_SettingsLowerThresholds_SeukFiftyPercentPasses()
    {
        // Arrange: 50% reinvested fails the Mark's 51% but passes SEUK's 50%.
        var profile = WithAccounts(SupplierSamples.Year(2025, turnover: 1_000_000m, trading: 700_000m, surplus: 100_000m, reinvested: 50_000m));
        var seuk = new ClassificationRules { SocialEnterpriseReinvestedPercent = 50m };

        // Act
        var (mark, seukResult) = (SocialEnterpriseTest.Classify(profile, ClassificationRules.Default), SocialEnterpriseTest.Classify(profile, seuk));

        // Assert
        Assert.Equal(Verdict.False, mark.Result);
        Assert.Equal(Verdict.True, seukResult.Result);
    }

    [Fact]
    public void Classify_NoSocialPurpose_False()
    {
        // Arrange
        var profile = SupplierSamples.SocialEnterprise() with { SocialPurpose = false };

        // Act
        var result = SocialEnterpriseTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.False, result.Result);
        Assert.Equal(Verdict.False, Test(result, "socialPurpose").Outcome);
    }
}
