using System.Globalization;
using Steward.Core.OpenBook;

namespace Steward.Core.Tests.OpenBook;

public class ProfitCapCheckTests
{
    private static readonly DateOnly OnDate = new(2026, 9, 1);

    private static ProfitCapPolicy Cap(ProfitCapType type, decimal value) =>
        ProfitCapPolicies.BuyerCap("buyer-cap", "childrens-homes", type, value, new DateOnly(2026, 5, 1), new DateOnly(2027, 3, 31));

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2000", CapStatus.Within, false, "0")]
    [InlineData("2001", CapStatus.Breached, true, "1")]
    [InlineData("1999.99", CapStatus.Within, false, "0")]
    [InlineData("2750", CapStatus.Breached, true, "750")]
    public void Check_MarginAgainstTwentyPercentCap_AtCapIsWithinAboveIsBreach(string margin, CapStatus status, bool breached, string excess)
    {
        // Arrange: price 10,000, so 2,000 is exactly 20% and 2,001 is 20.01%.
        var result = Samples.Result(10000m, D(margin));

        // Act
        var check = ProfitCapCheck.Check(Cap(ProfitCapType.MarginPercent, 20), result, OnDate);

        // Assert
        Assert.True(check.Applies);
        Assert.Equal(status, check.Status);
        Assert.Equal(breached, check.Breached);
        Assert.Equal(D(excess), check.Excess);
        Assert.Equal(20m, check.Cap);
    }

    [Fact]
    public void Check_Breach_ReasonGivesFiguresContextAndLegalBasis()
    {
        // Arrange: margin 2,750 of price 10,000 = 27.5%, 750 above a 20% cap.
        var result = Samples.Result(10000m, 2750m);

        // Act
        var check = ProfitCapCheck.Check(Cap(ProfitCapType.MarginPercent, 20), result, OnDate);

        // Assert
        Assert.Equal(27.5m, check.Actual);
        Assert.Equal(
            "Margin 27.5% of price is above the cap of 20% set by policy \"buyer-cap\" (excess £750). "
            + "CMA children's social care market study, interim report (22 Oct 2021) reported an average operating margin of 23% "
            + "and an average price of £3,830 a week for the largest children's home providers. "
            + "Legal basis: The buyer's contract terms. No cap is set by law: CWSA 2026 s.17 gives a power only.",
            check.Reason);
    }

    [Theory]
    [InlineData(ProfitCapType.MarkupPercent, "25", CapStatus.Within, "0")]
    [InlineData(ProfitCapType.MarkupPercent, "24.99", CapStatus.Breached, "0.80")]
    [InlineData(ProfitCapType.PricePerUnit, "2500", CapStatus.Within, "0")]
    [InlineData(ProfitCapType.PricePerUnit, "2499.99", CapStatus.Breached, "0.04")]
    public void Check_MarkupAndPricePerUnitCaps_CompareTheirFigure(ProfitCapType type, string cap, CapStatus status, string excess)
    {
        // Arrange: cost 8,000, margin 2,000 (mark-up 25%), price 10,000 over 4 units (2,500 each).
        var result = Samples.Result(10000m, 2000m);

        // Act
        var check = ProfitCapCheck.Check(Cap(type, D(cap)), result, OnDate);

        // Assert
        Assert.Equal(status, check.Status);
        Assert.Equal(D(excess), check.Excess);
    }

    [Theory]
    [InlineData(ProfitCapType.MarginPercent)]
    [InlineData(ProfitCapType.MarkupPercent)]
    public void Check_FigureNull_BreachIsUnknown(ProfitCapType type)
    {
        // Arrange: price 0 and cost 0, so neither percentage can be computed.
        var result = Samples.Result(0m, 0m);

        // Act
        var check = ProfitCapCheck.Check(Cap(type, 20), result, OnDate);

        // Assert
        Assert.Equal(CapStatus.Unknown, check.Status);
        Assert.Null(check.Breached);
        Assert.Null(check.Actual);
        Assert.Null(check.Excess);
        Assert.Contains("cannot be computed", check.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-04-30")]
    [InlineData("2027-04-01")]
    public void Check_OutsideEffectiveDates_DoesNotApply(string date)
    {
        // Arrange
        var onDate = DateOnly.Parse(date, CultureInfo.InvariantCulture);

        // Act
        var check = ProfitCapCheck.Check(Cap(ProfitCapType.MarginPercent, 10), Samples.Result(10000m, 5000m), onDate);

        // Assert
        Assert.False(check.Applies);
        Assert.Equal(CapStatus.NotInForce, check.Status);
        Assert.Equal(false, check.Breached);
        Assert.Contains("runs from 1 May 2026 to 31 Mar 2027", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OtherService_DoesNotApply()
    {
        // Arrange
        var result = Samples.Result(10000m, 5000m, service: "fostering");

        // Act
        var check = ProfitCapCheck.Check(Cap(ProfitCapType.MarginPercent, 10), result, OnDate);

        // Assert
        Assert.False(check.Applies);
        Assert.Equal(CapStatus.OtherService, check.Status);
    }

    [Fact]
    public void Check_KnownPolicy_NoCapWithContext()
    {
        // Arrange
        var policy = ProfitCapPolicies.Known.Single(p => p.ServiceCategory == "fostering");
        var result = Samples.Result(10000m, 2500m, service: "fostering");

        // Act
        var check = ProfitCapCheck.Check(policy, result, OnDate);

        // Assert
        Assert.True(check.Applies);
        Assert.Equal(CapStatus.NoCap, check.Status);
        Assert.Equal(false, check.Breached);
        Assert.Null(check.Excess);
        Assert.StartsWith("No cap applies under policy \"england-fostering-cwsa-2026-s17\"; margin 25% of price.", check.Reason, StringComparison.Ordinal);
        Assert.Contains("an average price of about £820 a week for independent fostering agencies", check.Reason, StringComparison.Ordinal);
        Assert.EndsWith("(power to limit profit by regulations; no level set).", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InvalidPolicy_UnknownWithTheProblem()
    {
        // Arrange
        var policy = Cap(ProfitCapType.MarginPercent, 20) with { CapValue = null };

        // Act
        var check = ProfitCapCheck.Check(policy, Samples.Result(10000m, 2000m), OnDate);

        // Assert
        Assert.Equal(CapStatus.PolicyInvalid, check.Status);
        Assert.Null(check.Breached);
        Assert.Contains("capValue: is required when capType is MarginPercent.", check.Reason, StringComparison.Ordinal);
    }
}
