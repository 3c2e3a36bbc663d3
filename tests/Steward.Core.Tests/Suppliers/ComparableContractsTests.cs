using System.Globalization;
using Steward.Core.Suppliers;

namespace Steward.Core.Tests.Suppliers;

public class ComparableContractsTests
{
    private static readonly DateOnly AwardDay = new(2026, 6, 15);

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2023-06-14", false)]
    [InlineData("2023-06-15", false)]
    [InlineData("2023-06-16", true)]
    [InlineData("2025-01-01", true)]
    [InlineData("2026-06-14", true)]
    [InlineData("2026-06-15", true)]
    [InlineData("2026-06-16", false)]
    public void InWindow_ThreeYearsEndingWithAwardDay_ExcludesTheDayThreeYearsBefore(string contract, bool expected)
    {
        // Arrange
        var date = Day(contract);

        // Act
        var inside = ComparableContracts.InWindow(date, AwardDay);

        // Assert
        Assert.Equal(expected, inside);
    }

    [Theory]
    [InlineData("2025-02-28", false)]
    [InlineData("2025-03-01", true)]
    public void InWindow_LeapDayAward_WindowStartsTheDayAfter28February(string contract, bool expected)
    {
        // Arrange: 3 years before 2028-02-29 is 2025-02-28.
        var date = Day(contract);

        // Act
        var inside = ComparableContracts.InWindow(date, new DateOnly(2028, 2, 29));

        // Assert
        Assert.Equal(expected, inside);
    }

    [Theory]
    [InlineData("2023-06-15", 0)]
    [InlineData("2023-06-16", 1)]
    [InlineData("2026-06-15", 1)]
    [InlineData("2026-06-16", 0)]
    public void Find_WindowEdges_CountOnlyInsideTheWindow(string contract, int expected)
    {
        // Arrange
        var awards = new[] { SupplierSamples.Award(Day(contract)) };

        // Act
        var found = ComparableContracts.Find(SupplierSamples.S33Lot(), awards, 4);

        // Assert
        Assert.Equal(expected, found.Count);
    }

    [Fact]
    public void Find_OtherBuyer_Ignored()
    {
        // Arrange
        var awards = new[] { SupplierSamples.Award(new DateOnly(2025, 1, 1), buyer: "GB-PPON-WXYZ-9876-ABCD") };

        // Act
        var found = ComparableContracts.Find(SupplierSamples.S33Lot(), awards, 4);

        // Assert
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("85312000", 4, 1)]
    [InlineData("85311000-2", 4, 1)]
    [InlineData("85321000", 4, 0)]
    [InlineData("79410000", 4, 0)]
    [InlineData("85321000", 2, 1)]
    [InlineData("85321000", 3, 1)]
    [InlineData("85312000", 5, 0)]
    [InlineData("85311000", 8, 1)]
    [InlineData("not a code", 2, 0)]
    public void Find_CpvDigits_SameKindSharesTheLeadingDigits(string cpv, int digits, int expected)
    {
        // Arrange: the lot is 85311000; 85312000 shares its class (8531), 85321000 only its group (853).
        var awards = new[] { SupplierSamples.Award(new DateOnly(2025, 1, 1), cpv) };

        // Act
        var found = ComparableContracts.Find(SupplierSamples.S33Lot(), awards, digits);

        // Assert
        Assert.Equal(expected, found.Count);
    }

    [Fact]
    public void Find_TheLotItself_Ignored()
    {
        // Arrange: the store already holds this lot's own award.
        var lot = SupplierSamples.S33Lot();
        var awards = new[] { SupplierSamples.Award(lot.AwardDate, ocid: lot.Ocid!) };

        // Act
        var found = ComparableContracts.Find(lot, awards, 4);

        // Assert
        Assert.Empty(found);
    }

    [Fact]
    public void Decide_ComparableCpvDigitsSetting_ChangesWhatCounts()
    {
        // Arrange: 85321000 shares only 3 digits with the lot's 85311000.
        var awards = new[] { SupplierSamples.Award(new DateOnly(2025, 1, 1), "85321000") };
        var broad = new ClassificationRules { ComparableCpvDigits = 3 };

        // Act
        var byDefault = ReservedLotEligibility.Decide(SupplierSamples.S33Lot(), [SupplierSamples.Mutual()], awards);
        var byGroup = ReservedLotEligibility.Decide(SupplierSamples.S33Lot(), [SupplierSamples.Mutual()], awards, broad);

        // Assert
        Assert.Equal(Verdict.True, byDefault.Result);
        Assert.Equal(Verdict.False, byGroup.Result);
        Assert.Equal(awards, byGroup.ComparableContracts);
    }

    [Fact]
    public void Decide_ContractInsideWindow_FalseWithTheContractListed()
    {
        // Arrange: one inside (2023-06-16), one exactly 3 years before (2023-06-15), one from another buyer.
        var inside = SupplierSamples.Award(new DateOnly(2023, 6, 16), ocid: "ocds-h6vhtk-000001");
        var edge = SupplierSamples.Award(new DateOnly(2023, 6, 15), ocid: "ocds-h6vhtk-000002");
        var other = SupplierSamples.Award(new DateOnly(2025, 6, 15), buyer: "GB-PPON-WXYZ-9876-ABCD", ocid: "ocds-h6vhtk-000003");

        // Act
        var decision = ReservedLotEligibility.Decide(SupplierSamples.S33Lot(), [SupplierSamples.Mutual()], [inside, edge, other]);

        // Assert
        Assert.Equal(Verdict.False, decision.Result);
        Assert.Equal([inside], decision.ComparableContracts);
        Assert.Contains("in the 3 years ending 2026-06-15: ocds-h6vhtk-000001 lot 1 on 2023-06-16", decision.Bidder[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reason_NoneFound_TrueWithWindowInText()
    {
        // Arrange
        var lot = SupplierSamples.S33Lot();

        // Act
        var reason = ComparableContracts.Reason(lot, [], 4);

        // Assert
        Assert.Equal(Verdict.True, reason.Outcome);
        Assert.Contains("by Anytown Council between 2023-06-16 and 2026-06-15", reason.Text, StringComparison.Ordinal);
        Assert.Equal(0m, reason.Figures["comparableContracts"]);
    }

    [Fact]
    public void Decide_BuyerMissing_Unknown()
    {
        // Arrange: without a buyer the earlier award cannot be matched, so nothing is found and the test cannot pass.
        var lot = SupplierSamples.S33Lot() with { BuyerId = null, BuyerName = null };
        var awards = new[] { SupplierSamples.Award(new DateOnly(2025, 1, 1)) };

        // Act
        var decision = ReservedLotEligibility.Decide(lot, [SupplierSamples.Mutual()], awards);

        // Assert
        Assert.Equal(Verdict.Unknown, decision.Result);
        Assert.Empty(decision.ComparableContracts);
        var reason = decision.Bidder.Single(r => r.Test == "noComparableContract");
        Assert.Equal(Verdict.Unknown, reason.Outcome);
        Assert.StartsWith("The buyer is not known", reason.Text, StringComparison.Ordinal);
    }
}
