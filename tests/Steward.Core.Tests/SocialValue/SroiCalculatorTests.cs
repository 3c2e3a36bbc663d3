using Steward.Core.SocialValue.Sroi;

namespace Steward.Core.Tests.SocialValue;

/// <summary>The SROI arithmetic against worked examples computed by hand (docs/social-value.md).</summary>
public sealed class SroiCalculatorTests
{
    internal static SroiOutcome Outcome(string id = "jobs", decimal quantity = 10m, decimal proxy = 100m, decimal deadweight = 0m, decimal attribution = 0m,
        decimal displacement = 0m, decimal dropOff = 0m, int years = 1) =>
        new(id, quantity, proxy, deadweight, attribution, displacement, dropOff, years);

    internal static SroiResult Calculate(decimal investment, decimal rate, params SroiOutcome[] outcomes) =>
        SroiCalculator.Calculate(new SroiInput(investment, DiscountSchedule.Flat(rate), outcomes)).Value;

    [Theory]
    // 10 × £100 = £1,000 gross; undiscounted (rate 0), one year.
    [InlineData(0.3, 0.0, 0.0, 700.0)] // deadweight alone: 1,000 × (1 − 0.3) = 700
    [InlineData(0.0, 0.25, 0.0, 750.0)] // attribution alone: 1,000 × (1 − 0.25) = 750
    [InlineData(0.0, 0.0, 0.1, 900.0)] // displacement alone: 1,000 × (1 − 0.1) = 900
    [InlineData(0.3, 0.25, 0.1, 472.5)] // together: 1,000 × 0.7 × 0.75 × 0.9 = 472.5
    [InlineData(1.0, 0.0, 0.0, 0.0)] // all of it would have happened anyway: nothing
    public void Calculate_EachAdjustmentAloneAndTogether_GivesTheHandWorkedImpact(double deadweight, double attribution, double displacement, double expected)
    {
        // Act
        var sroi = Calculate(350m, 0m, Outcome(deadweight: (decimal)deadweight, attribution: (decimal)attribution, displacement: (decimal)displacement));

        // Assert
        var outcome = Assert.Single(sroi.Outcomes);
        Assert.Equal((1000m, (decimal)expected), (outcome.Gross, outcome.Impact));
        Assert.Equal((decimal)expected, sroi.PresentValue);
        Assert.Equal((decimal)expected - 350m, sroi.NetPresentValue);
        Assert.Equal((decimal)expected / 350m, sroi.Ratio);
    }

    [Fact]
    public void Calculate_DiscountingOverFiveYears_DividesEachYearByOnePlusTheRateToTheT()
    {
        // Arrange: £1,000 a year for 5 years at 25%: divisors 1.25, 1.5625, 1.953125, 2.44140625, 3.0517578125, so
        // 800 + 640 + 512 + 409.6 + 327.68 = 2,689.28.
        var outcome = Outcome(years: 5);

        // Act
        var sroi = Calculate(1000m, 0.25m, outcome);

        // Assert
        Assert.Equal([800m, 640m, 512m, 409.6m, 327.68m], sroi.Outcomes[0].YearValues);
        Assert.Equal([1000m, 1000m, 1000m, 1000m, 1000m], sroi.Outcomes[0].UndiscountedValues);
        Assert.Equal([1.25m, 1.5625m, 1.953125m, 2.44140625m, 3.0517578125m], sroi.Years.Select(y => y.Divisor));
        Assert.Equal(2689.28m, sroi.PresentValue);
        Assert.Equal(2.68928m, sroi.Ratio);
    }

    [Fact]
    public void Calculate_GreenBookRateOverFiveYears_MatchesTheAnnuityFactor()
    {
        // Arrange: £1,000 a year for 5 years at 3.5%: 1,000 × (1 − 1.035^−5) ÷ 0.035 = 4,515.0523754707481405…;
        // year 1 alone is 1,000 ÷ 1.035 = 966.18357487922705314009661835…
        var input = new SroiInput(1000m, DiscountSchedule.GreenBook, [Outcome(years: 5)]);

        // Act
        var sroi = SroiCalculator.Calculate(input).Value;

        // Assert
        Assert.Equal(966.183574879m, decimal.Round(sroi.Outcomes[0].YearValues[0], 9));
        Assert.Equal(4515.0523754707481405m, decimal.Round(sroi.PresentValue, 16));
        Assert.Equal(sroi.PresentValue, Calculate(1000m, 0.035m, Outcome(years: 5)).PresentValue);
    }

    [Fact]
    public void Calculate_DropOff_DeclinesEachYearAfterTheFirst()
    {
        // Arrange: drop-off 50%, undiscounted: 1,000, 500, 250, 125, 62.5 = 1,937.5.
        var outcome = Outcome(dropOff: 0.5m, years: 5);

        // Act
        var sroi = Calculate(1000m, 0m, outcome);

        // Assert
        Assert.Equal([1000m, 500m, 250m, 125m, 62.5m], sroi.Outcomes[0].YearValues);
        Assert.Equal(1937.5m, sroi.PresentValue);
    }

    [Fact]
    public void Calculate_DropOffAndDiscountingTogether_GiveTheWorkedExample()
    {
        // Arrange: 1,000, 500, 250, 125, 62.5 divided by 1.25^t: 800, 320, 128, 51.2, 20.48 = 1,319.68.
        var outcome = Outcome(dropOff: 0.5m, years: 5);

        // Act
        var sroi = Calculate(1000m, 0.25m, outcome);

        // Assert
        Assert.Equal([800m, 320m, 128m, 51.2m, 20.48m], sroi.Outcomes[0].YearValues);
        Assert.Equal((1319.68m, 319.68m, 1.31968m), (sroi.PresentValue, sroi.NetPresentValue, sroi.Ratio));
        Assert.Equal([800m, 1120m, 1248m, 1299.2m, 1319.68m], sroi.Years.Select(y => y.CumulativePresentValue));
    }

    [Fact]
    public void Calculate_EveryAdjustmentDropOffAndDiscount_GiveTheWorkedExample()
    {
        // Arrange: 20 × £250 = 5,000 × 0.8 × 0.75 × 0.9 = 2,700 in year 1; drop-off 20%: 2,700, 2,160, 1,728;
        // at 25%: 2,160, 1,382.4, 884.736 = 4,427.136.
        var outcome = Outcome(quantity: 20m, proxy: 250m, deadweight: 0.2m, attribution: 0.25m, displacement: 0.1m, dropOff: 0.2m, years: 3);

        // Act
        var sroi = Calculate(2000m, 0.25m, outcome);

        // Assert
        Assert.Equal((5000m, 2700m), (sroi.Outcomes[0].Gross, sroi.Outcomes[0].Impact));
        Assert.Equal([2700m, 2160m, 1728m], sroi.Outcomes[0].UndiscountedValues);
        Assert.Equal([2160m, 1382.4m, 884.736m], sroi.Outcomes[0].YearValues);
        Assert.Equal(4427.136m, sroi.PresentValue);
    }

    [Theory]
    [InlineData(1000, 1.625)] // 800 after year 1; 200 of year 2's 320 more: 1 + 200 ÷ 320
    [InlineData(800, 1.0)] // reached exactly at the end of year 1
    [InlineData(1120, 2.0)] // reached exactly at the end of year 2
    [InlineData(400, 0.5)] // half of year 1's 800
    [InlineData(1319.68, 5.0)] // reached on the last day
    public void Calculate_Payback_InterpolatesWithinTheYear(double investment, double expected)
    {
        // Act: the drop-off and discount example: 800, 320, 128, 51.2, 20.48.
        var sroi = Calculate((decimal)investment, 0.25m, Outcome(dropOff: 0.5m, years: 5));

        // Assert
        Assert.Equal((decimal)expected, sroi.PaybackYears);
    }

    [Fact]
    public void Calculate_InvestmentNeverRepaid_PaybackIsNull()
    {
        // Act: 1,319.68 in all against 5,000.
        var sroi = Calculate(5000m, 0.25m, Outcome(dropOff: 0.5m, years: 5));

        // Assert
        Assert.Null(sroi.PaybackYears);
        Assert.Equal((-3680.32m, 0.263936m), (sroi.NetPresentValue, sroi.Ratio));
    }

    [Fact]
    public void Calculate_OutcomesOfDifferentLengths_SumByYear()
    {
        // Arrange: £1,000 for 2 years and £500 for 1 year, undiscounted: year 1 1,500, year 2 1,000.
        var longer = Outcome("a", years: 2);
        var shorter = Outcome("b", quantity: 5m, years: 1);

        // Act
        var sroi = Calculate(2000m, 0m, longer, shorter);

        // Assert
        Assert.Equal([1500m, 1000m], sroi.Years.Select(y => y.PresentValue));
        Assert.Equal((2500m, 1.5m), (sroi.PresentValue, sroi.PaybackYears));
    }

    [Fact]
    public void GreenBook_Schedule_DeclinesAfterYearThirtyAndCompoundsYearByYear()
    {
        // Arrange
        var schedule = DiscountSchedule.GreenBook;

        // Act
        var divisors = schedule.Divisors(77);

        // Assert: 3.5% to year 30, 3.0% from 31, 2.5% from 76, 1.0% from 301 (Green Book Annex 6).
        Assert.Equal((0.035m, 0.035m, 0.03m, 0.03m, 0.025m, 0.02m, 0.015m, 0.01m),
            (schedule.RateFor(1), schedule.RateFor(30), schedule.RateFor(31), schedule.RateFor(75), schedule.RateFor(76), schedule.RateFor(126), schedule.RateFor(201), schedule.RateFor(301)));
        Assert.Equal(divisors[29] * 1.03m, divisors[30]);
        Assert.Equal(divisors[74] * 1.025m, divisors[75]);
        Assert.Equal(DiscountSchedule.Flat(0.035m).Divisors(30)[29], divisors[29]);
    }

    [Fact]
    public void Calculate_UsersSchedule_AppliesEachBandFromItsYear()
    {
        // Arrange: 25% in years 1–2, then 0%: 1,000 ÷ 1.25 = 800, ÷ 1.5625 = 640, then 640 again.
        var schedule = DiscountSchedule.Create([new DiscountBand(1, 0.25m), new DiscountBand(3, 0m)]).Value;

        // Act
        var sroi = SroiCalculator.Calculate(new SroiInput(1000m, schedule, [Outcome(years: 3)])).Value;

        // Assert
        Assert.Equal([800m, 640m, 640m], sroi.Outcomes[0].YearValues);
    }

    [Fact]
    public void Create_ABadSchedule_NamesEveryBand()
    {
        // Act
        var result = DiscountSchedule.Create([new DiscountBand(2, 0.035m), new DiscountBand(2, 1.5m)]);

        // Assert
        Assert.Equal("SROI_INVALID", result.Error!.Code);
        Assert.Contains("discountRate[0].fromYear: 2: the first band must start at year 1", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("discountRate[1].fromYear: 2 does not come after", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("discountRate[1].rate: 1.5 is outside 0–1", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_InvalidInput_ListsEveryProblemByPath()
    {
        // Arrange
        var input = new SroiInput(0m, DiscountSchedule.Flat(0.035m), [Outcome(quantity: -1m, deadweight: 1.2m), Outcome(years: 0)]);

        // Act
        var errors = input.Validate();
        var result = SroiCalculator.Calculate(input);

        // Assert
        Assert.Equal(["investment", "outcomes[0].quantity", "outcomes[0].deadweight", "outcomes[1].id", "outcomes[1].years"],
            errors.Select(e => e.Message[..e.Message.IndexOf(':', StringComparison.Ordinal)]));
        Assert.False(result.IsSuccess);
        Assert.Contains("outcomes[1].id: \"jobs\" is given twice", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_ExtremeButValidInputs_GiveAResultOrAnErrorNeverAnException()
    {
        // Arrange: every combination of the bounds.
        decimal[] quantities = [0m, 0.0000000000000000000000000001m, 79000000000000000000000000000m];
        decimal[] proxies = [0m, 79000000000000000000000000000m];
        decimal[] rates = [0m, 1m];
        decimal[] shares = [0m, 1m];
        int[] years = [1, 1000];

        // Act
        var results = new List<Steward.Core.Common.Result<SroiResult>>();
        foreach (var (q, p, r, share, y) in quantities.SelectMany(q => proxies.SelectMany(p => rates.SelectMany(r => shares.SelectMany(share => years.Select(y => (q, p, r, share, y)))))))
        {
            var outcome = Outcome(quantity: q, proxy: p, deadweight: share, dropOff: share, years: y);
            results.Add(SroiCalculator.Calculate(new SroiInput(0.0000000000000000000000000001m, DiscountSchedule.Flat(r), [outcome])));
        }

        // Assert
        Assert.Equal(48, results.Count);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("SROI_TOO_LARGE", r.Error!.Code));
        Assert.Contains(results, r => r.IsSuccess);
    }

    [Fact]
    public void Calculate_FiguresBeyondDecimal_IsAnErrorNotACrash()
    {
        // Act
        var result = SroiCalculator.Calculate(new SroiInput(1m, DiscountSchedule.Flat(0m), [Outcome(quantity: 7e28m, proxy: 10m)]));

        // Assert
        Assert.Equal("SROI_TOO_LARGE", result.Error!.Code);
    }
}
