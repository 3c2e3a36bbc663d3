using System.Globalization;
using Steward.Core.Suppliers;

namespace Steward.Core.Tests.Suppliers;

public class LotTestsTests
{
    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-04-01", "2031-03-31", Verdict.True)]
    [InlineData("2026-04-01", "2031-04-01", Verdict.False)]
    [InlineData("2026-04-01", "2031-04-02", Verdict.False)]
    [InlineData("2026-04-01", "2031-03-30", Verdict.True)]
    [InlineData("2026-04-01", "2026-04-01", Verdict.True)]
    [InlineData("2028-02-29", "2033-02-27", Verdict.True)]
    [InlineData("2028-02-29", "2033-02-28", Verdict.False)]
    [InlineData("2026-04-01", "2036-04-01", Verdict.False)]
    [InlineData(null, "2031-04-01", Verdict.Unknown)]
    [InlineData("2026-04-01", null, Verdict.Unknown)]
    [InlineData(null, null, Verdict.Unknown)]
    public void Check_S33Term_FiveYearsOrLessPasses(string? start, string? end, Verdict expected)
    {
        // Arrange
        var lot = SupplierSamples.S33Lot() with { TermStart = Day(start), TermEnd = Day(end) };

        // Act
        var reasons = LotTests.Check(lot, ClassificationRules.Default);

        // Assert
        var term = reasons.Single(r => r.Test == "term");
        Assert.Equal(expected, term.Outcome);
        Assert.Equal("PA 2023 s.33(1)(b)", term.Reference);
    }

    [Fact]
    public void Check_S33TermOneDayTooLong_TextSaysByHowMuch()
    {
        // Arrange
        var lot = SupplierSamples.S33Lot() with { TermStart = new DateOnly(2026, 4, 1), TermEnd = new DateOnly(2031, 4, 1) };

        // Act
        var term = LotTests.Check(lot, ClassificationRules.Default).Single(r => r.Test == "term");

        // Assert
        Assert.Contains("last allowed day 2031-03-31, 1 day(s) too long", term.Text, StringComparison.Ordinal);
        Assert.Equal(1827m, term.Figures["termDays"]);
        Assert.Equal(1826m, term.Figures["maximumDays"]);
    }

    [Theory]
    [InlineData("85311000", Verdict.True)]
    [InlineData("85311000-2,80590000", Verdict.True)]
    [InlineData("45000000", Verdict.False)]
    [InlineData("85311000,45000000", Verdict.False)]
    public void Check_S33Services_EveryCodeMustBeReservable(string codes, Verdict expected)
    {
        // Arrange
        var lot = SupplierSamples.S33Lot() with { Cpv = codes.Split(',') };

        // Act
        var services = LotTests.Check(lot, ClassificationRules.Default).Single(r => r.Test == "reservableServices");

        // Assert
        Assert.Equal(expected, services.Outcome);
        Assert.Equal("PA 2023 s.33(1)(a)", services.Reference);
    }

    [Fact]
    public void Check_S33ServicesOneOutside_NamesOnlyThatCode()
    {
        // Arrange
        var lot = SupplierSamples.S33Lot() with { Cpv = ["85311000", "45000000"] };

        // Act
        var services = LotTests.Check(lot, ClassificationRules.Default).Single(r => r.Test == "reservableServices");

        // Assert
        Assert.StartsWith("45000000 is not on the reservable light-touch services list", services.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_S33NoCpv_Unknown()
    {
        // Arrange
        var lot = SupplierSamples.S33Lot() with { Cpv = [] };

        // Act
        var services = LotTests.Check(lot, ClassificationRules.Default).Single(r => r.Test == "reservableServices");

        // Assert
        Assert.Equal(Verdict.Unknown, services.Outcome);
    }

    [Theory]
    [InlineData("45000000")]
    [InlineData("77314000")]
    [InlineData("30192000")]
    public void Check_S32AnyLot_MayBeReserved(string cpv)
    {
        // Arrange: works, services and goods alike.
        var lot = SupplierSamples.S32Lot() with { Cpv = [cpv], TermStart = new DateOnly(2026, 1, 1), TermEnd = new DateOnly(2040, 1, 1) };

        // Act
        var reasons = LotTests.Check(lot, ClassificationRules.Default);

        // Assert
        var reason = Assert.Single(reasons);
        Assert.Equal(("lotMayBeReserved", Verdict.True, "PA 2023 s.32(1)"), (reason.Test, reason.Outcome, reason.Reference));
    }

    [Theory]
    [InlineData(false, Verdict.True)]
    [InlineData(true, Verdict.False)]
    [InlineData(null, Verdict.Unknown)]
    public void Check_SmeVcse_BelowThresholdOnly(bool? aboveThreshold, Verdict expected)
    {
        // Arrange
        var lot = SupplierSamples.SmeVcseLot(aboveThreshold);

        // Act
        var reasons = LotTests.Check(lot, ClassificationRules.Default);

        // Assert
        var reason = Assert.Single(reasons);
        Assert.Equal(("belowThreshold", expected), (reason.Test, reason.Outcome));
    }
}
