using Steward.Core.Suppliers;

namespace Steward.Core.Tests.Suppliers;

public class SupportedEmploymentTestTests
{
    private static readonly ClassificationRules Fte = new() { SupportedEmploymentBasis = StaffBasis.Fte };

    private static Reason Test(Classification classification, string test) => classification.Reasons.Single(r => r.Test == test);

    [Theory]
    [InlineData(3, 10, Verdict.True)]
    [InlineData(300, 1000, Verdict.True)]
    [InlineData(299, 1000, Verdict.False)]
    [InlineData(7, 23, Verdict.True)]
    [InlineData(6, 23, Verdict.False)]
    [InlineData(10, 33, Verdict.True)]
    [InlineData(9, 31, Verdict.False)]
    [InlineData(2_999_999, 10_000_000, Verdict.False)]
    [InlineData(0, 10, Verdict.False)]
    [InlineData(10, 10, Verdict.True)]
    public void Classify_ShareAroundThirtyPercent_ExactlyThirtyPasses(int disadvantaged, int employees, Verdict expected)
    {
        // Arrange: 2,999,999 of 10,000,000 is 29.99999%, which rounds to 30.0000 but is below 30%.
        var profile = SupplierSamples.SupportedEmployer(employees, disadvantaged);

        // Act
        var result = SupportedEmploymentTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(expected, result.Result);
        var workforce = Test(result, "workforce");
        Assert.Equal(expected, workforce.Outcome);
        Assert.Equal("PA 2023 s.32(4)(a)", workforce.Reference);
        Assert.Equal((decimal?)employees, workforce.Figures["workforce"]);
        Assert.Equal(30m, workforce.Figures["threshold"]);
    }

    [Fact]
    public void Classify_JustUnderThirtyPercent_TextDoesNotRoundUpToTheThreshold()
    {
        // Arrange: 29.99999% would read "30%" beside a fail.
        var profile = SupplierSamples.SupportedEmployer(10_000_000, 2_999_999);

        // Act
        var workforce = Test(SupportedEmploymentTest.Classify(profile, ClassificationRules.Default), "workforce");

        // Assert
        Assert.Equal(Verdict.False, workforce.Outcome);
        Assert.Contains("(just under 30%)", workforce.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_ThreeOfTen_TextGivesFiguresAndShare()
    {
        // Arrange
        var profile = SupplierSamples.SupportedEmployer(10, 3);

        // Act
        var workforce = Test(SupportedEmploymentTest.Classify(profile, ClassificationRules.Default), "workforce");

        // Assert
        Assert.StartsWith("3 of 10 people in its workforce (30%) are disabled or disadvantaged", workforce.Text, StringComparison.Ordinal);
        Assert.Equal(30m, workforce.Figures["share"]);
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData(10, null)]
    [InlineData(null, null)]
    [InlineData(0, 0)]
    public void Classify_CountsMissing_Unknown(int? employees, int? disadvantaged)
    {
        // Arrange
        var profile = SupplierSamples.SupportedEmployer(employees, disadvantaged);

        // Act
        var result = SupportedEmploymentTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.Unknown, result.Result);
        Assert.Equal(Verdict.Unknown, Test(result, "workforce").Outcome);
    }

    [Theory]
    [InlineData(true, Verdict.True)]
    [InlineData(false, Verdict.False)]
    [InlineData(null, Verdict.Unknown)]
    public void Classify_Purpose_DecidesWhenWorkforcePasses(bool? provides, Verdict expected)
    {
        // Arrange
        var profile = SupplierSamples.SupportedEmployer(10, 5) with { ProvidesSupportedEmployment = provides };

        // Act
        var result = SupportedEmploymentTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(expected, result.Result);
        Assert.Equal(expected, Test(result, "purpose").Outcome);
        Assert.Equal(["providesSupportedEmployment"], Test(result, "purpose").Fields);
    }

    [Fact]
    public void Classify_PurposeFalseAndWorkforceMissing_False()
    {
        // Arrange
        var profile = SupplierSamples.SupportedEmployer(null, null) with { ProvidesSupportedEmployment = false };

        // Act
        var result = SupportedEmploymentTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.False, result.Result);
    }

    [Fact]
    public void Classify_PerformingPartPassesWholeFails_TrueWithBothReasons()
    {
        // Arrange: 12 of 200 (6%) overall; the packaging unit that will do the work has 9 of 20 (45%).
        var profile = SupplierSamples.SupportedEmployer(200, 12) with
        {
            PerformingPart = new Workforce { Employees = 20, DisabledOrDisadvantagedWorkers = 9 },
        };

        // Act
        var result = SupportedEmploymentTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.True, result.Result);
        Assert.Equal(["purpose", "workforce", "performingPartWorkforce"], result.Reasons.Select(r => r.Test));
        Assert.Equal(Verdict.False, Test(result, "workforce").Outcome);
        Assert.Equal(Verdict.True, Test(result, "performingPartWorkforce").Outcome);
        Assert.Equal("PA 2023 s.32(4)(b)", Test(result, "performingPartWorkforce").Reference);
        Assert.Equal(["performingPart", "disabledOrDisadvantagedWorkers"], Test(result, "performingPartWorkforce").Fields);
    }

    [Theory]
    [InlineData(null, 9)]
    [InlineData(20, null)]
    public void Classify_WholeFailsPerformingPartMissingFigures_Unknown(int? partEmployees, int? partDisadvantaged)
    {
        // Arrange
        var profile = SupplierSamples.SupportedEmployer(200, 12) with
        {
            PerformingPart = new Workforce { Employees = partEmployees, DisabledOrDisadvantagedWorkers = partDisadvantaged },
        };

        // Act
        var result = SupportedEmploymentTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.Unknown, result.Result);
        Assert.Equal(Verdict.Unknown, Test(result, "performingPartWorkforce").Outcome);
    }

    [Fact]
    public void Classify_WholeAndPerformingPartBothFail_False()
    {
        // Arrange: 12 of 200 overall, 5 of 20 (25%) in the part.
        var profile = SupplierSamples.SupportedEmployer(200, 12) with
        {
            PerformingPart = new Workforce { Employees = 20, DisabledOrDisadvantagedWorkers = 5 },
        };

        // Act
        var result = SupportedEmploymentTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.False, result.Result);
    }

    [Fact]
    public void Classify_WholeMissingPerformingPartPasses_True()
    {
        // Arrange
        var profile = SupplierSamples.SupportedEmployer(null, null) with
        {
            PerformingPart = new Workforce { Employees = 20, DisabledOrDisadvantagedWorkers = 6 },
        };

        // Act
        var result = SupportedEmploymentTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.True, result.Result);
    }

    [Theory]
    [InlineData(false, Verdict.False)]
    [InlineData(null, Verdict.Unknown)]
    public void Classify_PerformingPartPassesButPurposeNotTrue_NotTrue(bool? provides, Verdict expected)
    {
        // Arrange
        var profile = SupplierSamples.SupportedEmployer(200, 12) with
        {
            ProvidesSupportedEmployment = provides,
            PerformingPart = new Workforce { Employees = 20, DisabledOrDisadvantagedWorkers = 9 },
        };

        // Act
        var result = SupportedEmploymentTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(expected, result.Result);
    }

    [Fact]
    public void Classify_WholePasses_PerformingPartNotTested()
    {
        // Arrange
        var profile = SupplierSamples.SupportedEmployer(10, 4) with
        {
            PerformingPart = new Workforce { Employees = 10, DisabledOrDisadvantagedWorkers = 0 },
        };

        // Act
        var result = SupportedEmploymentTest.Classify(profile, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.True, result.Result);
        Assert.Equal(["purpose", "workforce"], result.Reasons.Select(r => r.Test));
    }

    [Theory]
    [InlineData(StaffBasis.Headcount, Verdict.False)]
    [InlineData(StaffBasis.Fte, Verdict.True)]
    public void Classify_StaffBasis_MeasuresHeadcountOrFte(StaffBasis basis, Verdict expected)
    {
        // Arrange: 2 of 10 people (20%), but 2.4 of 8 FTE (exactly 30%).
        var profile = SupplierSamples.SupportedEmployer(10, 2) with
        {
            Workforce = new Workforce { Employees = 10, DisabledOrDisadvantagedWorkers = 2, Fte = 8m, DisabledOrDisadvantagedFte = 2.4m },
        };

        // Act
        var result = SupportedEmploymentTest.Classify(profile, new ClassificationRules { SupportedEmploymentBasis = basis });

        // Assert
        Assert.Equal(expected, result.Result);
        Assert.Equal(basis == StaffBasis.Fte ? "fte" : "employees", Test(result, "workforce").Fields[0]);
    }

    [Theory]
    [InlineData(2.4, Verdict.True)]
    [InlineData(2.39, Verdict.False)]
    public void Classify_FteJustBelowThirtyPercent_False(double disadvantagedFte, Verdict expected)
    {
        // Arrange
        var profile = SupplierSamples.SupportedEmployer() with
        {
            Workforce = new Workforce { Fte = 8m, DisabledOrDisadvantagedFte = (decimal)disadvantagedFte },
        };

        // Act
        var result = SupportedEmploymentTest.Classify(profile, Fte);

        // Assert
        Assert.Equal(expected, result.Result);
        Assert.Contains("FTE", Test(result, "workforce").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 10, 4, 10, Verdict.True)]
    [InlineData(2, 10, 3, 10, Verdict.False)]
    [InlineData(3, 5, 0, 5, Verdict.True)]
    [InlineData(1, 50, 10, 20, Verdict.False)]
    public void ClassifyConsortium_CombinedHeadcount_SumsMembers(int d1, int e1, int d2, int e2, Verdict expected)
    {
        // Arrange: 2/10 + 4/10 = 6/20 = 30%; 2/10 + 3/10 = 25%; 11/70 = 15.7% though the second member alone has 50%.
        var members = new[] { SupplierSamples.SupportedEmployer(e1, d1), SupplierSamples.SupportedEmployer(e2, d2) with { Name = "Second Chance CIC" } };

        // Act
        var result = SupportedEmploymentTest.ClassifyConsortium(members, ClassificationRules.Default);

        // Assert
        Assert.Equal(expected, result.Result);
        var combined = Test(result, "consortiumWorkforce");
        Assert.Equal((decimal)(e1 + e2), combined.Figures["workforce"]);
        Assert.Equal((decimal)(d1 + d2), combined.Figures["disabledOrDisadvantaged"]);
        Assert.Equal("PA 2023 s.32(4)(c)", combined.Reference);
        Assert.Contains("the combined workforce of Able Works Ltd, Second Chance CIC", combined.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4.0, Verdict.True)]
    [InlineData(3.98, Verdict.False)]
    public void ClassifyConsortium_FteDecimals_ExactlyThirtyPercentPasses(double secondDisadvantagedFte, Verdict expected)
    {
        // Arrange: 2 of 10 FTE plus 4 (or 3.98) of 10 FTE: 6/20 = 30% passes, 5.98/20 = 29.9% fails.
        var members = new[]
        {
            SupplierSamples.SupportedEmployer() with { Workforce = new Workforce { Fte = 10m, DisabledOrDisadvantagedFte = 2m } },
            SupplierSamples.SupportedEmployer() with { Workforce = new Workforce { Fte = 10m, DisabledOrDisadvantagedFte = (decimal)secondDisadvantagedFte } },
        };

        // Act
        var result = SupportedEmploymentTest.ClassifyConsortium(members, Fte);

        // Assert
        Assert.Equal(expected, result.Result);
        Assert.Equal(20m, Test(result, "consortiumWorkforce").Figures["workforce"]);
    }

    [Fact]
    public void ClassifyConsortium_MemberMissingFigures_Unknown()
    {
        // Arrange: the first member alone has 100%, but the second's workforce is not known.
        var members = new[] { SupplierSamples.SupportedEmployer(10, 10), SupplierSamples.SupportedEmployer(null, 3) };

        // Act
        var result = SupportedEmploymentTest.ClassifyConsortium(members, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.Unknown, result.Result);
        Assert.Null(Test(result, "consortiumWorkforce").Figures["workforce"]);
    }

    [Theory]
    [InlineData(false, Verdict.False)]
    [InlineData(null, Verdict.Unknown)]
    public void ClassifyConsortium_LeadPurposeNotTrue_NotTrue(bool? provides, Verdict expected)
    {
        // Arrange
        var members = new[]
        {
            SupplierSamples.SupportedEmployer(10, 5) with { Name = "Lead Ltd", ProvidesSupportedEmployment = provides },
            SupplierSamples.SupportedEmployer(10, 5),
        };

        // Act
        var result = SupportedEmploymentTest.ClassifyConsortium(members, ClassificationRules.Default);

        // Assert
        Assert.Equal(expected, result.Result);
        Assert.StartsWith("Lead member Lead Ltd: ", Test(result, "purpose").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ClassifyConsortium_MemberWithPerformingPart_UsesPartNotWholeWorkforce()
    {
        // Arrange: the second member has 0 of 100 overall but 4 of 10 in the part that performs the contract.
        var members = new[]
        {
            SupplierSamples.SupportedEmployer(10, 2),
            SupplierSamples.SupportedEmployer(100, 0) with { PerformingPart = new Workforce { Employees = 10, DisabledOrDisadvantagedWorkers = 4 } },
        };

        // Act
        var result = SupportedEmploymentTest.ClassifyConsortium(members, ClassificationRules.Default);

        // Assert
        Assert.Equal(Verdict.True, result.Result);
        Assert.Equal(20m, Test(result, "consortiumWorkforce").Figures["workforce"]);
        Assert.Equal(6m, Test(result, "consortiumWorkforce").Figures["disabledOrDisadvantaged"]);
    }

    [Fact]
    public void ClassifyConsortium_NoMembers_Throws()
    {
        // Arrange
        var members = Array.Empty<SupplierProfile>();

        // Act
        var thrown = Record.Exception(() => SupportedEmploymentTest.ClassifyConsortium(members, ClassificationRules.Default));

        // Assert
        Assert.IsType<ArgumentOutOfRangeException>(thrown);
    }
}
