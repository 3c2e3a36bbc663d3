using Steward.Core.Evaluation.Scoring;

namespace Steward.Core.Tests.Evaluation.Scoring;

/// <summary>The test cases of ../shared/domain/evaluation-methods.md §8 (T1–T9, T17), exact decimals, rounded only to compare.</summary>
public sealed class LotScoringTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    /// <summary>One quality criterion (its score is the quality %) and one price criterion, as the §8 cases are stated.</summary>
    private static LotDesign Design(PriceFormula formula, decimal quality = 60m, decimal price = 40m, decimal? threshold = null, TieBreak? tieBreak = null,
        decimal? floor = null, decimal? ceiling = null) =>
        new("1", [new ScoredCriterion("quality", CriterionKind.Quality, quality), new ScoredCriterion("price", CriterionKind.Price, price)],
            new PriceMethod(formula, floor, ceiling), threshold, tieBreak);

    private static TenderBid Bid(string bidder, decimal quality, decimal price, int minutes = 0) =>
        new(bidder, price, new Dictionary<string, decimal> { ["quality"] = quality }, Noon.AddMinutes(minutes));

    private static decimal R(decimal? value) => Math.Round(value!.Value, 2, MidpointRounding.AwayFromZero);

    private static ScoredBid Of(LotResult result, string bidder) => result.Bids.Single(b => b.Bidder == bidder);

    [Theory]
    [InlineData(PriceFormula.F1, "100.00", "83.33", "50.00")]
    [InlineData(PriceFormula.F2, "100.00", "80.00", "0.00")]
    [InlineData(PriceFormula.F3, "100.00", "80.00", "0.00")]
    [InlineData(PriceFormula.F5, "78.57", "64.29", "7.14")]
    [InlineData(PriceFormula.F6, "100.00", "73.70", "0.00")]
    public void PriceScores_T1T2_TheWorkedPrices_ScoreAsPublished(PriceFormula formula, string a, string b, string c)
    {
        // Act
        var scores = PriceScores.Score(new PriceMethod(formula), [1_000_000m, 1_200_000m, 2_000_000m], 100m);

        // Assert
        Assert.Equal([decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(b, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(c, System.Globalization.CultureInfo.InvariantCulture)], scores.Select(s => R(s)));
    }

    [Fact]
    public void Score_T3_AddingALosingBidUnderF1_MovesTheAward()
    {
        // Act
        var without = LotScoring.Score(Design(PriceFormula.F1), [Bid("A", 60, 60_000), Bid("B", 80, 100_000)]);
        var with = LotScoring.Score(Design(PriceFormula.F1), [Bid("A", 60, 60_000), Bid("B", 80, 100_000), Bid("C", 30, 30_000)]);

        // Assert
        Assert.Equal(("A", 76.00m, 72.00m), (without.Winner, R(Of(without, "A").Total), R(Of(without, "B").Total)));
        Assert.Equal(("B", 60.00m, 58.00m, 56.00m), (with.Winner, R(Of(with, "B").Total), R(Of(with, "C").Total), R(Of(with, "A").Total)));
    }

    [Fact]
    public void Score_T4_AnAbsoluteMethod_IsImmuneToT3()
    {
        // Arrange
        var design = Design(PriceFormula.F4, floor: 0m, ceiling: 120_000m);

        // Act
        var without = LotScoring.Score(design, [Bid("A", 60, 60_000), Bid("B", 80, 100_000)]);
        var with = LotScoring.Score(design, [Bid("A", 60, 60_000), Bid("B", 80, 100_000), Bid("C", 30, 30_000)]);

        // Assert
        Assert.Equal(("A", 56.00m, 54.67m), (without.Winner, R(Of(without, "A").Total), R(Of(without, "B").Total)));
        Assert.Equal(("A", 56.00m, 54.67m, 48.00m), (with.Winner, R(Of(with, "A").Total), R(Of(with, "B").Total), R(Of(with, "C").Total)));
    }

    [Fact]
    public void Score_T5_PricePerQualityPoint_WithAndWithoutAThreshold()
    {
        // Arrange
        TenderBid[] bids = [Bid("A", 60, 60_000), Bid("B", 80, 100_000), Bid("C", 30, 30_000), Bid("D", 12, 10_000)];

        // Act
        var threshold = LotScoring.Score(Design(PriceFormula.F7, threshold: 50m), bids);
        var none = LotScoring.Score(Design(PriceFormula.F7), bids);

        // Assert
        Assert.Equal("A", threshold.Winner);
        Assert.True(Of(threshold, "C").Excluded && Of(threshold, "D").Excluded);
        Assert.Contains("under the published threshold of 50%", Of(threshold, "D").ExclusionReason, StringComparison.Ordinal);
        Assert.Equal((1_000.00m, 1_250.00m), (R(Of(threshold, "A").PricePerQualityPoint), R(Of(threshold, "B").PricePerQualityPoint)));
        Assert.Equal(("D", 833.33m), (none.Winner, R(Of(none, "D").PricePerQualityPoint)));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(TieBreak.HigherQuality, "A")]
    [InlineData(TieBreak.LowerPrice, "B")]
    [InlineData(TieBreak.EarlierSubmission, "B")]
    public void Score_T6_AnExactTie_IsBrokenOnlyByThePublishedRule(TieBreak? rule, string? winner)
    {
        // Act
        var result = LotScoring.Score(Design(PriceFormula.F1, tieBreak: rule), [Bid("A", 80, 100_000, minutes: 5), Bid("B", 70, 85_000, minutes: 1)]);

        // Assert
        Assert.Equal((82.00m, 82.00m), (Of(result, "A").Total, Of(result, "B").Total));
        Assert.Equal(winner, result.Winner);
        Assert.Equal([1, 1], result.Bids.Select(b => b.Rank));
        if (rule is null)
        {
            Assert.Contains("no tie-break rule was published", result.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Score_T7_Goldilocks_F1TiesTheExtremes_PpqpTiesAllThree()
    {
        // Arrange
        TenderBid[] bids = [Bid("A", 50, 50), Bid("B", 75, 75), Bid("C", 100, 100)];

        // Act
        var f1 = LotScoring.Score(Design(PriceFormula.F1, 50m, 50m), bids);
        var ppqp = LotScoring.Score(Design(PriceFormula.F7, 50m, 50m), bids);

        // Assert
        Assert.Equal((75.00m, 70.83m, 75.00m), (R(Of(f1, "A").Total), R(Of(f1, "B").Total), R(Of(f1, "C").Total)));
        Assert.Null(f1.Winner);
        Assert.All(ppqp.Bids, b => Assert.Equal(1.00m, R(b.PricePerQualityPoint)));
        Assert.Null(ppqp.Winner);
    }

    [Fact]
    public void Score_T8_APassFailExclusion_ComesBeforePriceScoring()
    {
        // Arrange: two 30% questions scored 0–5 with a minimum of 2 each, and 40 price marks.
        var design = new LotDesign("1",
        [
            new ScoredCriterion("Q1", CriterionKind.Quality, 30m, 5m, 2m),
            new ScoredCriterion("Q2", CriterionKind.Quality, 30m, 5m, 2m),
            new ScoredCriterion("price", CriterionKind.Price, 40m),
        ], new PriceMethod(PriceFormula.F1));
        TenderBid Bid(string bidder, decimal q1, decimal q2, decimal price) => new(bidder, price, new Dictionary<string, decimal> { ["Q1"] = q1, ["Q2"] = q2 });

        // Act
        var result = LotScoring.Score(design, [Bid("P", 5, 1, 60_000), Bid("Q", 4, 4, 100_000), Bid("R", 3, 3, 90_000)]);

        // Assert
        Assert.True(Of(result, "P").Excluded);
        Assert.Equal("Q2 scored 1, under the published minimum of 2 (a pass/fail criterion, PA 2023 s.23(3)(a))", Of(result, "P").ExclusionReason);
        Assert.Equal(("Q", 84.00m, 76.00m), (result.Winner, R(Of(result, "Q").Total), R(Of(result, "R").Total)));
    }

    [Fact]
    public void Flag_T9_APriceFarBelowTheOthers_IsFlaggedNotExcluded()
    {
        // Act
        var result = LotScoring.Score(Design(PriceFormula.F1), [Bid("A", 60, 100_000), Bid("B", 60, 95_000), Bid("C", 60, 105_000), Bid("D", 60, 55_000)]);

        // Assert
        var low = Of(result, "D");
        Assert.True(low.AbnormallyLow);
        Assert.False(low.Excluded);
        Assert.Contains("45.0% below the mean of the other bids and 42.1% below the next price", low.AbnormallyLowReason, StringComparison.Ordinal);
        Assert.Contains("PA 2023 s.19(4)", low.AbnormallyLowReason, StringComparison.Ordinal);
        Assert.All(result.Bids.Where(b => b.Bidder != "D"), b => Assert.False(b.AbnormallyLow));
    }

    [Fact]
    public void Score_T17_ThirdsAreExactUntilTheRoundingRuleComparesThem()
    {
        // Arrange: three questions of 1 mark each on a 0–3 scale; A scores 1, 1, 1 and B 2, 1, 0 (both exactly 1 mark).
        var design = new LotDesign("1",
        [
            new ScoredCriterion("a", CriterionKind.Quality, 1m, 3m), new ScoredCriterion("b", CriterionKind.Quality, 1m, 3m),
            new ScoredCriterion("c", CriterionKind.Quality, 1m, 3m), new ScoredCriterion("price", CriterionKind.Price, 1m),
        ], new PriceMethod(PriceFormula.F1), TieBreak: TieBreak.EarlierSubmission, TieDecimals: 2);
        TenderBid Bid(string bidder, decimal a, decimal b, decimal c, int minutes) =>
            new(bidder, 100m, new Dictionary<string, decimal> { ["a"] = a, ["b"] = b, ["c"] = c }, Noon.AddMinutes(minutes));

        // Act
        var result = LotScoring.Score(design, [Bid("A", 1, 1, 1, 2), Bid("B", 2, 1, 0, 1)]);

        // Assert: the unrounded sums differ in the last digits of a decimal, yet they tie to the published 2 places.
        Assert.NotEqual(Of(result, "A").Total, Of(result, "B").Total);
        Assert.Equal(R(Of(result, "A").Total), R(Of(result, "B").Total));
        Assert.Equal([1, 1], result.Bids.Select(b => b.Rank));
        Assert.Equal("B", result.Winner);
        Assert.Contains("tie", result.Reason, StringComparison.Ordinal);
    }
}
