using Steward.Core.SocialValue.Sroi;
using static Steward.Core.Tests.SocialValue.SroiCalculatorTests;

namespace Steward.Core.Tests.SocialValue;

/// <summary>The sensitivity table: one assumption at a time, in the direction it should move the value.</summary>
public sealed class SroiSensitivityTests
{
    private static readonly SroiOutcome Base = Outcome(deadweight: 0.2m, attribution: 0.2m, displacement: 0.2m, dropOff: 0.2m, years: 5);

    private static SensitivityRow Row(SroiResult sroi, SroiAssumption assumption, decimal step) =>
        Assert.Single(sroi.Sensitivity, r => r.Assumption == assumption && r.Step == step);

    [Theory]
    [InlineData(SroiAssumption.Deadweight)]
    [InlineData(SroiAssumption.Attribution)]
    [InlineData(SroiAssumption.Displacement)]
    [InlineData(SroiAssumption.DropOff)]
    [InlineData(SroiAssumption.DiscountRate)]
    public void Sensitivity_MoreOfAnAssumption_GivesLessValue(SroiAssumption assumption)
    {
        // Act
        var sroi = Calculate(1000m, 0.035m, Base);

        // Assert
        var up = assumption == SroiAssumption.DiscountRate ? 0.01m : 0.1m;
        Assert.True(Row(sroi, assumption, up).PresentValue < sroi.PresentValue);
        Assert.True(Row(sroi, assumption, -up).PresentValue > sroi.PresentValue);
        Assert.True(Row(sroi, assumption, up).Change < 0m);
    }

    [Fact]
    public void Sensitivity_ProxyValuesTwentyPercentHigher_ScalesThePresentValueExactly()
    {
        // Arrange: undiscounted, so the value is linear in the proxy: 1,000 × 1.2 = 1,200.
        var sroi = Calculate(500m, 0m, Outcome());

        // Act
        var up = Row(sroi, SroiAssumption.ProxyValue, 0.2m);
        var down = Row(sroi, SroiAssumption.ProxyValue, -0.2m);

        // Assert
        Assert.Equal((1200m, 200m, 2.4m), (up.PresentValue, up.Change, up.Ratio));
        Assert.Equal((800m, -200m), (down.PresentValue, down.Change));
        Assert.Equal(120m, up.Input.Outcomes[0].ProxyValue);
    }

    [Fact]
    public void Sensitivity_ShareBeyondOne_IsHeldAtOneAndSaysSo()
    {
        // Arrange
        var sroi = Calculate(1000m, 0m, Outcome(deadweight: 0.95m));

        // Act
        var row = Row(sroi, SroiAssumption.Deadweight, 0.1m);
        var within = Row(sroi, SroiAssumption.Deadweight, -0.1m);

        // Assert: 95% + 10 points is held at 100%: nothing left.
        Assert.True(row.Clamped);
        Assert.Equal((1m, 0m, (decimal?)null), (row.Input.Outcomes[0].Deadweight, row.PresentValue, row.PaybackYears));
        Assert.False(within.Clamped);
        Assert.Equal(150m, within.PresentValue);
    }

    [Fact]
    public void Sensitivity_DiscountRate_MovesEveryBandOfTheSchedule()
    {
        // Arrange
        var sroi = SroiCalculator.Calculate(new SroiInput(1000m, DiscountSchedule.GreenBook, [Base])).Value;

        // Act
        var row = Row(sroi, SroiAssumption.DiscountRate, -0.02m);

        // Assert: 3.5% − 2 = 1.5% … 1.0% − 2 held at 0%.
        Assert.Equal([0.015m, 0.01m, 0.005m, 0m, 0m, 0m], row.Input.Discount.Bands.Select(b => b.Rate));
        Assert.True(row.Clamped);
    }

    [Fact]
    public void Sensitivity_CustomSteps_GiveOneRowPerAssumptionAndStep()
    {
        // Arrange
        var input = new SroiInput(1000m, DiscountSchedule.Flat(0.035m), [Base]) { Sensitivity = new SensitivitySettings([0.05m], [0.005m], [0.5m]) };

        // Act
        var sroi = SroiCalculator.Calculate(input).Value;

        // Assert
        Assert.Equal(
            [(SroiAssumption.Deadweight, 0.05m), (SroiAssumption.Attribution, 0.05m), (SroiAssumption.Displacement, 0.05m), (SroiAssumption.DropOff, 0.05m),
             (SroiAssumption.DiscountRate, 0.005m), (SroiAssumption.ProxyValue, 0.5m)],
            sroi.Sensitivity.Select(r => (r.Assumption, r.Step)));
    }
}
