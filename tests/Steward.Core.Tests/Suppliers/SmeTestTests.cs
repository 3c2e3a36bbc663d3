using Steward.Core.Suppliers;

namespace Steward.Core.Tests.Suppliers;

public class SmeTestTests
{
    private static Reason Test(Classification classification, string test) => classification.Reasons.Single(r => r.Test == test);

    [Theory]
    [InlineData(1, Verdict.True)]
    [InlineData(249, Verdict.True)]
    [InlineData(250, Verdict.False)]
    [InlineData(251, Verdict.False)]
    [InlineData(12_000, Verdict.False)]
    public void Classify_StaffAroundLimit_FewerThan250Passes(int employees, Verdict expected)
    {
        // Arrange
        var profile = SupplierSamples.Joinery() with { Workforce = new Workforce { Employees = employees } };

        // Act
        var result = SmeTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(expected, result.Result);
        Assert.Equal(expected, Test(result, "staff").Outcome);
        Assert.Equal(employees, Test(result, "staff").Figures["staff"]);
        Assert.Equal(SmeTest.Reference, Test(result, "staff").Reference);
    }

    [Theory]
    [InlineData(44_000_000L, null, Verdict.True)]
    [InlineData(43_999_999L, 900_000_000L, Verdict.True)]
    [InlineData(44_000_001L, 38_000_000L, Verdict.True)]
    [InlineData(44_000_001L, 38_000_001L, Verdict.False)]
    [InlineData(900_000_000L, 900_000_000L, Verdict.False)]
    [InlineData(44_000_001L, null, Verdict.Unknown)]
    [InlineData(null, 38_000_000L, Verdict.True)]
    [InlineData(null, 38_000_001L, Verdict.Unknown)]
    [InlineData(null, null, Verdict.Unknown)]
    public void Classify_TurnoverAndBalanceSheet_EitherWithinLimitPasses(long? turnover, long? balanceSheet, Verdict expected)
    {
        // Arrange
        var profile = SupplierSamples.Joinery() with { Accounts = [SupplierSamples.Year(2025, turnover: turnover, balanceSheet: balanceSheet)] };

        // Act
        var result = SmeTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(expected, result.Result);
        var size = Test(result, "size");
        Assert.Equal(expected, size.Outcome);
        Assert.Equal((decimal?)turnover, size.Figures["turnover"]);
        Assert.Equal((decimal?)balanceSheet, size.Figures["balanceSheetTotal"]);
        Assert.Equal(["accounts"], size.Fields);
    }

    [Fact]
    public void Classify_TurnoverAboveAndBalanceSheetMissing_TextSaysWhichIsMissing()
    {
        // Arrange
        var profile = SupplierSamples.Joinery() with { Accounts = [SupplierSamples.Year(2025, turnover: 50_000_000m)] };

        // Act
        var size = Test(SmeTest.Classify(profile, ClassificationRules.Default), "size");

        // Assert
        Assert.Equal(Verdict.Unknown, size.Outcome);
        Assert.Contains("Turnover £50,000,000 (2025 accounts) is above £44,000,000 and the balance-sheet total is missing", size.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_NoAccounts_SizeUnknown()
    {
        // Arrange
        var profile = SupplierSamples.Joinery() with { Accounts = [] };

        // Act
        var result = SmeTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.Unknown, result.Result);
        Assert.Contains("(no accounts)", Test(result, "size").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_StaffMissing_Unknown()
    {
        // Arrange
        var profile = SupplierSamples.Joinery() with { Workforce = new Workforce() };

        // Act
        var result = SmeTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.Unknown, result.Result);
        Assert.Equal(Verdict.Unknown, Test(result, "staff").Outcome);
        Assert.Null(Test(result, "staff").Figures["staff"]);
        Assert.Equal(Verdict.True, Test(result, "size").Outcome);
    }

    [Fact]
    public void Classify_StaffMissingAndBothMoneyLimitsExceeded_False()
    {
        // Arrange
        var profile = SupplierSamples.Joinery() with
        {
            Workforce = new Workforce(),
            Accounts = [SupplierSamples.Year(2025, turnover: 60_000_000m, balanceSheet: 40_000_000m)],
        };

        // Act
        var result = SmeTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.False, result.Result);
    }

    [Theory]
    [InlineData(249, Verdict.True)]
    [InlineData(250, Verdict.False)]
    public void Classify_WorkforceMissing_StaffFromLatestAccounts(int latestStaff, Verdict expected)
    {
        // Arrange: the older year (listed last) has a figure on the other side of the limit.
        var profile = SupplierSamples.Joinery() with
        {
            Workforce = new Workforce(),
            Accounts =
            [
                SupplierSamples.Year(2025, turnover: 3_000_000m, staff: latestStaff),
                SupplierSamples.Year(2023, turnover: 3_000_000m, staff: expected == Verdict.True ? 400 : 10),
            ],
        };

        // Act
        var result = SmeTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(expected, result.Result);
        Assert.Equal(latestStaff, Test(result, "staff").Figures["staff"]);
    }

    [Fact]
    public void Classify_WorkforceGiven_WorkforceWinsOverAccountsStaff()
    {
        // Arrange
        var profile = SupplierSamples.Joinery() with
        {
            Workforce = new Workforce { Employees = 300 },
            Accounts = [SupplierSamples.Year(2025, turnover: 3_000_000m, staff: 40)],
        };

        // Act
        var result = SmeTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.False, result.Result);
        Assert.Equal(300m, Test(result, "staff").Figures["staff"]);
    }

    [Theory]
    [InlineData(StaffBasis.Headcount, Verdict.False)]
    [InlineData(StaffBasis.Fte, Verdict.True)]
    public void Classify_StaffBasis_CountsHeadcountOrFte(StaffBasis basis, Verdict expected)
    {
        // Arrange: 260 people, 249.5 full-time equivalents.
        var profile = SupplierSamples.Joinery() with { Workforce = new Workforce { Employees = 260, Fte = 249.5m } };
        var rules = new ClassificationRules { SmeStaffBasis = basis };

        // Act
        var result = SmeTest.Classify(profile, rules);

        // Assert
        Assert.Equal(expected, result.Result);
        Assert.Equal([basis == StaffBasis.Fte ? "fte" : "employees"], Test(result, "staff").Fields);
    }

    [Fact]
    public void Classify_FteBasisWithoutFte_UnknownEvenWithAccountsHeadcount()
    {
        // Arrange: accounts give a headcount, which is not an FTE figure.
        var profile = SupplierSamples.Joinery() with
        {
            Workforce = new Workforce { Employees = 40 },
            Accounts = [SupplierSamples.Year(2025, turnover: 3_000_000m, staff: 40)],
        };
        var rules = new ClassificationRules { SmeStaffBasis = StaffBasis.Fte };

        // Act
        var result = SmeTest.Classify(profile, rules);

        // Assert
        Assert.Equal(Verdict.Unknown, result.Result);
        Assert.Contains("(fte) are missing", Test(result, "staff").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_SizeUsesLatestYear_NotAnOlderLargerOne()
    {
        // Arrange
        var profile = SupplierSamples.Joinery() with
        {
            Accounts =
            [
                SupplierSamples.Year(2024, turnover: 60_000_000m, balanceSheet: 50_000_000m),
                SupplierSamples.Year(2025, turnover: 40_000_000m),
            ],
        };

        // Act
        var result = SmeTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.True, result.Result);
        Assert.Contains("(2025 accounts)", Test(result, "size").Text, StringComparison.Ordinal);
    }
}
