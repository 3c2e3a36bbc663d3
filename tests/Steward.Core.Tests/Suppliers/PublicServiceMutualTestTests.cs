using Steward.Core.Suppliers;

namespace Steward.Core.Tests.Suppliers;

public class PublicServiceMutualTestTests
{
    private static Reason Test(Classification classification, string test) => classification.Reasons.Single(r => r.Test == test);

    [Fact]
    public void Classify_AllConditionsMet_True()
    {
        // Arrange
        var profile = SupplierSamples.Mutual();

        // Act
        var result = PublicServiceMutualTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.True, result.Result);
        Assert.Equal(["publicServiceMission", "mainlyReservableServices", "notForProfitOrMembers", "employeeControl"], result.Reasons.Select(r => r.Test));
        Assert.Equal(["PA 2023 s.33(6)(a)", "PA 2023 s.33(6)(a)", "PA 2023 s.33(6)(b)", "PA 2023 s.33(6)(c)"], result.Reasons.Select(r => r.Reference));
    }

    [Theory]
    [InlineData("85311000,85312000,79410000", 2, Verdict.True)]
    [InlineData("85311000,79410000", 1, Verdict.False)]
    [InlineData("85311000", 1, Verdict.True)]
    [InlineData("79410000", 0, Verdict.False)]
    [InlineData("85311000-2,80110000-8,45000000", 2, Verdict.True)]
    [InlineData("45000000,79410000,85311000", 1, Verdict.False)]
    [InlineData("85311000,85312000,79410000,45000000", 2, Verdict.False)]
    public void Classify_MainActivities_MoreThanHalfReservablePasses(string codes, int reservable, Verdict expected)
    {
        // Arrange
        var profile = SupplierSamples.Mutual() with { MainActivityCpv = codes.Split(',') };

        // Act
        var result = PublicServiceMutualTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(expected, result.Result);
        var services = Test(result, "mainlyReservableServices");
        Assert.Equal(expected, services.Outcome);
        Assert.Equal((decimal)reservable, services.Figures["reservable"]);
        Assert.Equal((decimal)codes.Split(',').Length, services.Figures["activities"]);
    }

    [Fact]
    public void Classify_NoMainActivities_Unknown()
    {
        // Arrange
        var profile = SupplierSamples.Mutual() with { MainActivityCpv = [] };

        // Act
        var result = PublicServiceMutualTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.Unknown, result.Result);
        Assert.Equal(["mainActivityCpv"], Test(result, "mainlyReservableServices").Fields);
    }

    [Theory]
    [InlineData(LegalForm.CooperativeSociety, false, null, Verdict.True)]
    [InlineData(LegalForm.Charity, null, null, Verdict.True)]
    [InlineData(LegalForm.Cio, null, null, Verdict.True)]
    [InlineData(LegalForm.CompanyLimitedByShares, false, true, Verdict.True)]
    [InlineData(LegalForm.CompanyLimitedByShares, true, false, Verdict.True)]
    [InlineData(LegalForm.CompanyLimitedByShares, false, false, Verdict.False)]
    [InlineData(LegalForm.CompanyLimitedByShares, false, null, Verdict.Unknown)]
    [InlineData(LegalForm.CompanyLimitedByShares, null, false, Verdict.Unknown)]
    [InlineData(LegalForm.CompanyLimitedByShares, null, null, Verdict.Unknown)]
    public void Classify_ProfitTest_NotForProfitOrMembersOnly(LegalForm form, bool? notForProfit, bool? membersOnly, Verdict expected)
    {
        // Arrange
        var profile = SupplierSamples.Mutual() with { LegalForm = form, NotForProfit = notForProfit, DistributesOnlyToMembers = membersOnly };

        // Act
        var result = PublicServiceMutualTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(expected, result.Result);
        Assert.Equal(expected, Test(result, "notForProfitOrMembers").Outcome);
    }

    [Theory]
    [InlineData(true, Verdict.True)]
    [InlineData(false, Verdict.False)]
    [InlineData(null, Verdict.Unknown)]
    public void Classify_EmployeeControlled_DecidesControl(bool? controlled, Verdict expected)
    {
        // Arrange
        var profile = SupplierSamples.Mutual() with { EmployeeControlled = controlled };

        // Act
        var result = PublicServiceMutualTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(expected, result.Result);
        Assert.Equal(expected, Test(result, "employeeControl").Outcome);
    }

    [Theory]
    [InlineData(false, Verdict.False)]
    [InlineData(null, Verdict.Unknown)]
    public void Classify_PublicServiceMissionNotTrue_NotTrue(bool? mission, Verdict expected)
    {
        // Arrange
        var profile = SupplierSamples.Mutual() with { PublicServiceMission = mission };

        // Act
        var result = PublicServiceMutualTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(expected, result.Result);
        Assert.Equal(expected, Test(result, "publicServiceMission").Outcome);
    }

    [Fact]
    public void Classify_CustomReservableList_IsUsed()
    {
        // Arrange: with only consultancy (794) on the list, the health codes no longer count.
        var profile = SupplierSamples.Mutual();
        var rules = new ClassificationRules { ReservableServices = new ReservableServices(["79400000"]) };

        // Act
        var result = PublicServiceMutualTest.Classify(profile, rules);

        // Assert
        Assert.Equal(Verdict.False, result.Result);
        Assert.Equal(1m, Test(result, "mainlyReservableServices").Figures["reservable"]);
    }
}
