using Steward.Core.Suppliers;

namespace Steward.Core.Tests.Suppliers;

public class VcseTestTests
{
    private static Reason Test(Classification classification, string test) => classification.Reasons.Single(r => r.Test == test);

    /// <summary>A company limited by guarantee with a social purpose and an asset lock: the accounts decide reinvestment.</summary>
    private static SupplierProfile Guarantee(params AnnualAccounts[] accounts) => new()
    {
        Name = "Hillside Housing Support",
        LegalForm = LegalForm.CompanyLimitedByGuarantee,
        SocialPurpose = true,
        PublicBodyControlled = false,
        AssetLock = true,
        Accounts = accounts,
    };

    [Fact]
    public void Classify_PublicBodyLegalForm_False()
    {
        // Arrange: even with publicBodyControlled false, the legal form decides.
        var profile = SupplierSamples.Charity() with { LegalForm = LegalForm.PublicBody, PublicBodyControlled = false, SocialPurpose = true };

        // Act
        var result = VcseTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.False, result.Result);
        Assert.Equal(Verdict.False, Test(result, "nonGovernmental").Outcome);
        Assert.Contains("public-body", Test(result, "nonGovernmental").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, Verdict.True)]
    [InlineData(true, Verdict.False)]
    [InlineData(null, Verdict.Unknown)]
    public void Classify_PublicBodyControlled_DecidesNonGovernmental(bool? controlled, Verdict expected)
    {
        // Arrange
        var profile = SupplierSamples.Charity() with { PublicBodyControlled = controlled };

        // Act
        var result = VcseTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(expected, result.Result);
        Assert.Equal(expected, Test(result, "nonGovernmental").Outcome);
        Assert.Equal(["legalForm", "publicBodyControlled"], Test(result, "nonGovernmental").Fields);
    }

    [Fact]
    public void Classify_SoleTrader_StillNonGovernmental()
    {
        // Arrange: only the social enterprise test fails a sole trader; VCSE asks whether it is non-governmental.
        var profile = SupplierSamples.SocialEnterprise() with { LegalForm = LegalForm.SoleTrader };

        // Act
        var result = VcseTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.True, Test(result, "nonGovernmental").Outcome);
    }

    [Fact]
    public void Classify_Charity_ValueDrivenAndReinvestsByLaw()
    {
        // Arrange: a charity with socialPurpose unstated and no reinvestment figures.
        var profile = SupplierSamples.Charity() with { SocialPurpose = null, Accounts = [] };

        // Act
        var result = VcseTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.True, result.Result);
        Assert.Equal(Verdict.True, Test(result, "valueDriven").Outcome);
        Assert.Contains("As a charity the law gives it a social purpose", Test(result, "valueDriven").Text, StringComparison.Ordinal);
        Assert.Equal(Verdict.True, Test(result, "reinvestsSurpluses").Outcome);
        Assert.Contains("cannot distribute profit", Test(result, "reinvestsSurpluses").Text, StringComparison.Ordinal);
        Assert.All(result.Reasons, r => Assert.Equal(VcseTest.Reference, r.Reference));
    }

    [Theory]
    [InlineData(LegalForm.CicShares)]
    [InlineData(LegalForm.CicGuarantee)]
    public void Classify_CicWithoutDividendCap_StatutoryThirtyFivePercentCapReinvests(LegalForm form)
    {
        // Arrange: no accounts at all, so only the statutory cap can decide.
        var profile = SupplierSamples.Cic() with { LegalForm = form };

        // Act
        var result = VcseTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.True, result.Result);
        var reinvests = Test(result, "reinvestsSurpluses");
        Assert.Equal(35m, reinvests.Figures["dividendCapPercent"]);
        Assert.Equal(50m, reinvests.Figures["threshold"]);
    }

    [Theory]
    [InlineData(0, Verdict.True)]
    [InlineData(49.99, Verdict.True)]
    [InlineData(50, Verdict.Unknown)]
    [InlineData(100, Verdict.Unknown)]
    public void Classify_DividendCapWithAssetLock_CapBelowHalfDecidesElseAccounts(double cap, Verdict expected)
    {
        // Arrange: no accounts, so a cap that does not decide leaves the answer unknown.
        var profile = Guarantee() with { DividendCapPercent = (decimal)cap };

        // Act
        var reinvests = Test(VcseTest.Classify(profile, ClassificationRules.Default), "reinvestsSurpluses");

        // Assert
        Assert.Equal(expected, reinvests.Outcome);
    }

    [Fact]
    public void Classify_DividendCapFiftyWithAssetLock_FallsToAccounts()
    {
        // Arrange: a cap of 50% leaves exactly half, not more than half; the accounts show 80% reinvested.
        var profile = Guarantee(SupplierSamples.Year(2025, surplus: 100_000m, reinvested: 80_000m)) with { DividendCapPercent = 50m };

        // Act
        var reinvests = Test(VcseTest.Classify(profile, ClassificationRules.Default), "reinvestsSurpluses");

        // Assert
        Assert.Equal(Verdict.True, reinvests.Outcome);
        Assert.Equal(80m, reinvests.Figures["share"]);
        Assert.Equal(["accounts"], reinvests.Fields);
    }

    [Fact]
    public void Classify_DividendCapWithoutAssetLock_FallsToAccounts()
    {
        // Arrange: a 10% cap but no asset lock; the accounts show 30% reinvested.
        var profile = Guarantee(SupplierSamples.Year(2025, surplus: 100_000m, reinvested: 30_000m)) with { DividendCapPercent = 10m, AssetLock = false };

        // Act
        var reinvests = Test(VcseTest.Classify(profile, ClassificationRules.Default), "reinvestsSurpluses");

        // Assert
        Assert.Equal(Verdict.False, reinvests.Outcome);
    }

    [Theory]
    [InlineData(100_000, 50_000, Verdict.False)]
    [InlineData(100_000, 50_010, Verdict.True)]
    [InlineData(100_000, 49_999, Verdict.False)]
    [InlineData(100_000, 100_000, Verdict.True)]
    [InlineData(100_000, 0, Verdict.False)]
    [InlineData(10_000_000, 5_000_000, Verdict.False)]
    [InlineData(10_000_000, 5_000_001, Verdict.True)]
    public void Classify_ReinvestedShareOfSurplus_MoreThanHalfPasses(int surplus, int reinvested, Verdict expected)
    {
        // Arrange: 5,000,001 of 10,000,000 is 50.00001%, more than half though it rounds to 50.0000%.
        var profile = Guarantee(SupplierSamples.Year(2025, surplus: surplus, reinvested: reinvested));

        // Act
        var result = VcseTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(expected, result.Result);
        var reinvests = Test(result, "reinvestsSurpluses");
        Assert.Equal(expected, reinvests.Outcome);
        Assert.Equal((decimal)reinvested, reinvests.Figures["reinvested"]);
        Assert.Contains("more than 50%", reinvests.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-25_000)]
    public void Classify_NoSurplus_Unknown(int surplus)
    {
        // Arrange
        var profile = Guarantee(SupplierSamples.Year(2025, surplus: surplus, reinvested: 0));

        // Act
        var reinvests = Test(VcseTest.Classify(profile, ClassificationRules.Default), "reinvestsSurpluses");

        // Assert
        Assert.Equal(Verdict.Unknown, reinvests.Outcome);
        Assert.Equal((decimal)surplus, reinvests.Figures["surplus"]);
        Assert.Contains("There was no surplus to reinvest", reinvests.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_SurplusMissing_Unknown()
    {
        // Arrange
        var profile = Guarantee(SupplierSamples.Year(2025, turnover: 900_000m, reinvested: 60_000m));

        // Act
        var reinvests = Test(VcseTest.Classify(profile, ClassificationRules.Default), "reinvestsSurpluses");

        // Assert
        Assert.Equal(Verdict.Unknown, reinvests.Outcome);
        Assert.StartsWith("Surplus is missing (2025)", reinvests.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(40_000, Verdict.True)]
    [InlineData(50_000, Verdict.False)]
    [InlineData(0, Verdict.True)]
    [InlineData(120_000, Verdict.False)]
    public void Classify_OnlyDistributionsGiven_UsesSurplusLessDistributions(int distributed, Verdict expected)
    {
        // Arrange
        var profile = Guarantee(SupplierSamples.Year(2025, surplus: 100_000m, distributed: distributed));

        // Act
        var reinvests = Test(VcseTest.Classify(profile, ClassificationRules.Default), "reinvestsSurpluses");

        // Assert
        Assert.Equal(expected, reinvests.Outcome);
        Assert.Equal(100_000m - distributed, reinvests.Figures["reinvested"]);
        Assert.Contains("kept from owners (surplus less distributions)", reinvests.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_NeitherReinvestedNorDistributed_Unknown()
    {
        // Arrange
        var profile = Guarantee(SupplierSamples.Year(2025, surplus: 100_000m));

        // Act
        var reinvests = Test(VcseTest.Classify(profile, ClassificationRules.Default), "reinvestsSurpluses");

        // Assert
        Assert.Equal(Verdict.Unknown, reinvests.Outcome);
        Assert.StartsWith("Neither the amount reinvested nor the amount distributed is given", reinvests.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, Verdict.False)]
    [InlineData(3, Verdict.True)]
    public void Classify_AccountsYears_SumsTheLatestYears(int years, Verdict expected)
    {
        // Arrange: 2025 alone is 40%; 2023–2025 is 190,000 of 300,000 (63.3%); 2022 lacks figures and is left out.
        var profile = Guarantee(
            SupplierSamples.Year(2022),
            SupplierSamples.Year(2023, surplus: 100_000m, reinvested: 70_000m),
            SupplierSamples.Year(2025, surplus: 100_000m, reinvested: 40_000m),
            SupplierSamples.Year(2024, surplus: 100_000m, reinvested: 80_000m));
        var rules = new ClassificationRules { AccountsYears = years };

        // Act
        var reinvests = Test(VcseTest.Classify(profile, rules), "reinvestsSurpluses");

        // Assert
        Assert.Equal(expected, reinvests.Outcome);
        Assert.Equal(years == 3 ? 300_000m : 100_000m, reinvests.Figures["surplus"]);
        Assert.Contains(years == 3 ? "2023–2025" : "2025", reinvests.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 80_000)]
    [InlineData(100_000, null)]
    public void Classify_AccountsYearsThreeWithAFigureMissingInOneYear_Unknown(int? middleSurplus, int? middleReinvested)
    {
        // Arrange
        var profile = Guarantee(
            SupplierSamples.Year(2023, surplus: 100_000m, reinvested: 70_000m),
            SupplierSamples.Year(2024, surplus: middleSurplus, reinvested: middleReinvested),
            SupplierSamples.Year(2025, surplus: 100_000m, reinvested: 90_000m));
        var rules = new ClassificationRules { AccountsYears = 3 };

        // Act
        var result = VcseTest.Classify(profile, rules);

        // Assert
        Assert.Equal(Verdict.Unknown, result.Result);
        Assert.Equal(Verdict.Unknown, Test(result, "reinvestsSurpluses").Outcome);
    }

    [Fact]
    public void Classify_PrivateCompanyWithoutSocialPurpose_False()
    {
        // Arrange
        var profile = SupplierSamples.Joinery();

        // Act
        var result = VcseTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.False, result.Result);
        Assert.Equal(Verdict.False, Test(result, "valueDriven").Outcome);
    }

    [Fact]
    public void Classify_VcseReinvestedPercentSetting_RaisesTheBar()
    {
        // Arrange: 60% reinvested passes "more than 50%" but not "more than 60%".
        var profile = Guarantee(SupplierSamples.Year(2025, surplus: 100_000m, reinvested: 60_000m));
        var rules = new ClassificationRules { VcseReinvestedPercent = 60m };

        // Act
        var (byDefault, raised) = (VcseTest.Classify(profile, ClassificationRules.Default), VcseTest.Classify(profile, rules));

        // Assert
        Assert.Equal(Verdict.True, byDefault.Result);
        Assert.Equal(Verdict.False, raised.Result);
    }
}
