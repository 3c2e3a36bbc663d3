using Steward.Core.Evaluation.Award;
using static Steward.Core.Tests.Evaluation.EvaluationFixture;

namespace Steward.Core.Tests.Evaluation.Award;

/// <summary>The award decision from moderated marks: evaluation-methods.md §8 T6, T8 and T9.</summary>
public sealed class LotAwardTests
{
    [Fact]
    public void Score_T8_PassFailExcludesBeforePrice_SoTheExcludedPriceNeverSetsTheLowest()
    {
        // Arrange
        var lot = Design(T8).Lots[0];
        var bids = new[] { Bid("P", 60_000m, ("q1", 5m), ("q2", 1m)), Bid("Q", 100_000m, ("q1", 4m), ("q2", 4m)), Bid("R", 90_000m, ("q1", 3m), ("q2", 3m)) };

        // Act
        var result = LotAward.Score(lot, bids);

        // Assert
        Assert.Equal("bid-Q", result.Winner);
        Assert.Equal(84.00m, decimal.Round(result.Bids.Single(b => b.Bidder == "bid-Q").Total!.Value, 2));
        Assert.Equal(76.00m, decimal.Round(result.Bids.Single(b => b.Bidder == "bid-R").Total!.Value, 2));
        var p = result.Bids.Single(b => b.Bidder == "bid-P");
        Assert.True(p.Excluded);
        Assert.Contains("q2 scored 1, under the published minimum of 2", p.ExclusionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Blockers_T6_AnExactTieWithNoPublishedRule_IsRefused_AndTheRuleDecidesWhenPublished()
    {
        // Arrange: 60 quality / 40 price by F1; A Q80 £100k, B Q70 £85k: both 82.00.
        const string json = """
            {"title":"T6","tenderPeriod":{"startDate":"2026-12-07","endDate":"2027-01-11"},
             "lots":[{"id":"1","priceMethod":{"formula":"F1"},"criteria":[{"id":"q","type":"quality","weight":60,"maxScore":100},{"id":"price","type":"price","weight":40}]}]}
            """;
        var bids = new[] { Bid("A", 100_000m, ("q", 80m)), Bid("B", 85_000m, ("q", 70m)) };

        // Act
        var none = LotAward.Blockers(Design(json).Lots[0], bids, [], conflictsAssessed: true);
        var quality = LotAward.Score(Design(json, d => d["lots"]![0]!["tieBreak"] = "higherQuality").Lots[0], bids);

        // Assert
        Assert.Contains(none, b => b.Contains("A and B tie", StringComparison.Ordinal) && b.Contains("Steward will not choose", StringComparison.Ordinal));
        Assert.Equal("bid-A", quality.Winner);
    }

    [Fact]
    public void Blockers_T9_AFlaggedPrice_BlocksUntilDecided_AndDisregardingItRescoresPrices()
    {
        // Arrange: quality equal, price 40 by F1; prices 100k, 95k, 105k, 55k.
        const string json = """
            {"title":"T9","tenderPeriod":{"startDate":"2026-12-07","endDate":"2027-01-11"},
             "lots":[{"id":"1","tieBreak":"lowerPrice","priceMethod":{"formula":"F1"},"criteria":[{"id":"q","type":"quality","weight":60,"maxScore":5},{"id":"price","type":"price","weight":40}]}]}
            """;
        var lot = Design(json).Lots[0];
        var bids = new[] { Bid("A", 100_000m, ("q", 4m)), Bid("B", 95_000m, ("q", 4m)), Bid("C", 105_000m, ("q", 4m)), Bid("D", 55_000m, ("q", 4m)) };

        // Act
        var unasked = LotAward.Blockers(lot, bids, [], true);
        var asked = LotAward.Blockers(lot, bids, [new AltReview("bid-D", "flag", Deadline, null, null, null)], true);
        var accepted = LotAward.Blockers(lot, bids, [new AltReview("bid-D", "flag", Deadline, "Our staff costs are shared with a grant-funded service", AltDecision.Accepted, "Explained by grant funding")], true);
        var withoutD = LotAward.Score(lot, bids[..3]);

        // Assert
        Assert.Contains(unasked, b => b.StartsWith("D: its price is flagged", StringComparison.Ordinal));
        Assert.Contains(asked, b => b.StartsWith("D: decide on the supplier's explanation", StringComparison.Ordinal));
        Assert.Empty(accepted);
        Assert.Equal(40m, withoutD.Bids.Single(b => b.Bidder == "bid-B").PriceScore);
        Assert.Equal("bid-B", withoutD.Winner);
    }

    [Fact]
    public void Blockers_UnmoderatedCriteriaAndAnUnrevisedConflictsAssessment_AreNamed()
    {
        // Arrange
        var lot = Design(T8).Lots[0];
        var bids = new[] { Bid("P", 60_000m, ("q1", 5m)) };

        // Act
        var blockers = LotAward.Blockers(lot, bids, [], conflictsAssessed: false);

        // Assert
        Assert.Contains("P: moderate Q2", blockers);
        Assert.Contains(blockers, b => b.Contains("conflicts assessment", StringComparison.Ordinal) && b.Contains("s.83", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckDecision_DisregardingBeforeTheSupplierIsHeard_IsRefused()
    {
        // Arrange
        var flagged = new AltReview("bid-D", "flag", null, null, null, null);
        var asked = flagged with { AskedAt = Deadline };
        var explained = asked with { Explanation = "We have no explanation" };

        // Act
        var notAsked = AltRules.CheckDecision(flagged, AltDecision.Disregarded, "too low");
        var notAnswered = AltRules.CheckDecision(asked, AltDecision.Disregarded, "too low");
        var noReason = AltRules.CheckDecision(explained, AltDecision.Disregarded, " ");
        var fine = AltRules.CheckDecision(explained, AltDecision.Disregarded, "The explanation does not show the wages can be paid");

        // Assert
        Assert.Contains("ask it to explain its price before disregarding", notAsked?.Message, StringComparison.Ordinal);
        Assert.Contains("has not answered yet", notAnswered?.Message, StringComparison.Ordinal);
        Assert.Contains("reason:", noReason?.Message, StringComparison.Ordinal);
        Assert.Null(fine);
    }
}
