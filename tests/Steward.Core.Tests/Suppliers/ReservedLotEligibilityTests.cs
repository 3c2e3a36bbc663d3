using Steward.Core.Suppliers;

namespace Steward.Core.Tests.Suppliers;

public class ReservedLotEligibilityTests
{
    [Fact]
    public void Decide_S32SupplierPasses_True()
    {
        // Arrange
        var lot = SupplierSamples.S32Lot();

        // Act
        var decision = ReservedLotEligibility.Decide(lot, [SupplierSamples.SupportedEmployer(10, 3)], []);

        // Assert
        Assert.Equal(Verdict.True, decision.Result);
        Assert.Equal("lotMayBeReserved", Assert.Single(decision.Lot).Test);
        Assert.Equal(["purpose", "workforce"], decision.Bidder.Select(r => r.Test));
        Assert.Empty(decision.ComparableContracts);
    }

    [Fact]
    public void Decide_S32SupplierBelowThirtyPercent_False()
    {
        // Arrange
        var lot = SupplierSamples.S32Lot();

        // Act
        var decision = ReservedLotEligibility.Decide(lot, [SupplierSamples.SupportedEmployer(1000, 299)], []);

        // Assert
        Assert.Equal(Verdict.False, decision.Result);
    }

    [Fact]
    public void Decide_S32PerformingPartPassesWholeFails_True()
    {
        // Arrange: s.32(4)(b): the part that performs the contract carries the 30% though the whole does not.
        var supplier = SupplierSamples.SupportedEmployer(200, 12) with
        {
            PerformingPart = new Workforce { Employees = 20, DisabledOrDisadvantagedWorkers = 9 },
        };

        // Act
        var decision = ReservedLotEligibility.Decide(SupplierSamples.S32Lot(), [supplier], []);

        // Assert
        Assert.Equal(Verdict.True, decision.Result);
        Assert.Contains(decision.Bidder, r => r.Test == "workforce" && r.Outcome == Verdict.False);
        Assert.Contains(decision.Bidder, r => r.Test == "performingPartWorkforce" && r.Outcome == Verdict.True);
    }

    [Fact]
    public void Decide_S32WholeMissingPerformingPartPasses_True()
    {
        // Arrange
        var supplier = SupplierSamples.SupportedEmployer(null, null) with
        {
            PerformingPart = new Workforce { Employees = 20, DisabledOrDisadvantagedWorkers = 6 },
        };

        // Act
        var decision = ReservedLotEligibility.Decide(SupplierSamples.S32Lot(), [supplier], []);

        // Assert
        Assert.Equal(Verdict.True, decision.Result);
    }

    [Theory]
    [InlineData(4, Verdict.True)]
    [InlineData(3, Verdict.False)]
    public void Decide_S32Consortium_CombinedWorkforceDecides(int secondDisadvantaged, Verdict expected)
    {
        // Arrange: the lead alone has 20%; 2/10 + 4/10 = 30% together passes, 2/10 + 3/10 = 25% fails.
        var members = new[]
        {
            SupplierSamples.SupportedEmployer(10, 2),
            SupplierSamples.SupportedEmployer(10, secondDisadvantaged) with { Name = "Second Chance CIC" },
        };

        // Act
        var decision = ReservedLotEligibility.Decide(SupplierSamples.S32Lot(), members, []);

        // Assert
        Assert.Equal(expected, decision.Result);
        Assert.Equal(["purpose", "consortiumWorkforce"], decision.Bidder.Select(r => r.Test));
    }

    [Fact]
    public void Decide_S33MutualWithoutComparableContract_True()
    {
        // Arrange: an award to another buyer does not count.
        var awards = new[] { SupplierSamples.Award(new DateOnly(2025, 1, 10), buyer: "GB-PPON-OTHER-0000-ZZZZ") };

        // Act
        var decision = ReservedLotEligibility.Decide(SupplierSamples.S33Lot(), [SupplierSamples.Mutual()], awards);

        // Assert
        Assert.Equal(Verdict.True, decision.Result);
        Assert.Equal(["reservableServices", "term"], decision.Lot.Select(r => r.Test));
        Assert.Equal(Verdict.True, decision.Bidder.Single(r => r.Test == "noComparableContract").Outcome);
        Assert.Empty(decision.ComparableContracts);
    }

    [Fact]
    public void Decide_S33WithComparableContract_FalseAndListsIt()
    {
        // Arrange
        var earlier = SupplierSamples.Award(new DateOnly(2024, 9, 1));

        // Act
        var decision = ReservedLotEligibility.Decide(SupplierSamples.S33Lot(), [SupplierSamples.Mutual()], [earlier]);

        // Assert
        Assert.Equal(Verdict.False, decision.Result);
        Assert.Equal([earlier], decision.ComparableContracts);
        var reason = decision.Bidder.Single(r => r.Test == "noComparableContract");
        Assert.Equal(Verdict.False, reason.Outcome);
        Assert.Contains("ocds-h6vhtk-099999 lot 1 on 2024-09-01", reason.Text, StringComparison.Ordinal);
        Assert.Equal(1m, reason.Figures["comparableContracts"]);
    }

    [Fact]
    public void Decide_S33TermTooLong_FalseThoughBidderQualifies()
    {
        // Arrange
        var lot = SupplierSamples.S33Lot() with { TermStart = new DateOnly(2026, 7, 1), TermEnd = new DateOnly(2031, 7, 2) };

        // Act
        var decision = ReservedLotEligibility.Decide(lot, [SupplierSamples.Mutual()], []);

        // Assert
        Assert.Equal(Verdict.False, decision.Result);
        Assert.All(decision.Bidder, r => Assert.Equal(Verdict.True, r.Outcome));
    }

    [Fact]
    public void Decide_S33LotNotReservable_False()
    {
        // Arrange
        var lot = SupplierSamples.S33Lot() with { Cpv = ["45000000"] };

        // Act
        var decision = ReservedLotEligibility.Decide(lot, [SupplierSamples.Mutual()], []);

        // Assert
        Assert.Equal(Verdict.False, decision.Result);
    }

    [Fact]
    public void Decide_S33Consortium_PrefixesEachMembersReasons()
    {
        // Arrange
        var members = new[] { SupplierSamples.Mutual(), SupplierSamples.Mutual() with { Name = "Northtown Therapies", EmployeeControlled = false } };

        // Act
        var decision = ReservedLotEligibility.Decide(SupplierSamples.S33Lot(), members, []);

        // Assert
        Assert.Equal(Verdict.False, decision.Result);
        var failed = Assert.Single(decision.Bidder, r => r.Outcome == Verdict.False);
        Assert.StartsWith("Northtown Therapies: ", failed.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, Verdict.True)]
    [InlineData(true, Verdict.False)]
    [InlineData(null, Verdict.Unknown)]
    public void Decide_SmeVcseThreshold_DecidesForAnSme(bool? aboveThreshold, Verdict expected)
    {
        // Arrange
        var lot = SupplierSamples.SmeVcseLot(aboveThreshold);

        // Act
        var decision = ReservedLotEligibility.Decide(lot, [SupplierSamples.Joinery()], []);

        // Assert
        Assert.Equal(expected, decision.Result);
        Assert.Equal(Verdict.True, Assert.Single(decision.Bidder).Outcome);
    }

    [Fact]
    public void Decide_SmeVcseLargeCharity_TrueAsVcse()
    {
        // Arrange: 600 staff is not an SME, but the charity is a VCSE.
        var charity = SupplierSamples.Charity() with { Workforce = new Workforce { Employees = 600 } };

        // Act
        var decision = ReservedLotEligibility.Decide(SupplierSamples.SmeVcseLot(), [charity], []);

        // Assert
        Assert.Equal(Verdict.True, decision.Result);
        Assert.StartsWith("SME no, VCSE yes", Assert.Single(decision.Bidder).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_SmeVcseLargeCompany_False()
    {
        // Arrange
        var large = SupplierSamples.Joinery() with { Workforce = new Workforce { Employees = 900 } };

        // Act
        var decision = ReservedLotEligibility.Decide(SupplierSamples.SmeVcseLot(), [large], []);

        // Assert
        Assert.Equal(Verdict.False, decision.Result);
    }

    [Fact]
    public void Decide_SmeVcseConsortiumWithAnUnknownMember_Unknown()
    {
        // Arrange: the second member's staff and accounts are missing, and nothing says it is a VCSE.
        var unknown = new SupplierProfile { Name = "Mystery Builders", LegalForm = LegalForm.CompanyLimitedByShares };

        // Act
        var decision = ReservedLotEligibility.Decide(SupplierSamples.SmeVcseLot(), [SupplierSamples.Joinery(), unknown], []);

        // Assert
        Assert.Equal(Verdict.Unknown, decision.Result);
        Assert.Equal(2, decision.Bidder.Count);
        Assert.StartsWith("Mystery Builders: SME unknown, VCSE unknown", decision.Bidder[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NoMembers_Throws()
    {
        // Arrange
        var lot = SupplierSamples.S32Lot();

        // Act
        var thrown = Record.Exception(() => ReservedLotEligibility.Decide(lot, [], []));

        // Assert
        Assert.IsType<ArgumentOutOfRangeException>(thrown);
    }
}
