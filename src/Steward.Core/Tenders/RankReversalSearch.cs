using System.Collections.Frozen;
using Steward.Core.Evaluation.Scoring;

namespace Steward.Core.Tenders;

/// <summary>
/// Finds a rank reversal for a lot scored by a relative price method (evaluation-methods.md T3): bids A and B where A
/// wins alone, and a cheaper, weaker C whose arrival puts B ahead of A though neither A's nor B's bid changed. The bids
/// are built from the lot's own criteria (every quality criterion marked at the same share of its top) and priced as
/// shares of the lot's value, and they are scored by the real engine, so what is shown is what the design would do.
/// </summary>
public static class RankReversalSearch
{
    private static readonly decimal[] FirstPrices = [0.6m, 0.7m, 0.5m, 0.8m];
    private static readonly decimal[] SecondPrices = [1.0m, 0.9m, 0.8m];
    private static readonly decimal[] ThirdPrices = [0.3m, 0.2m, 0.4m, 0.1m];
    private static readonly decimal[] FirstQualities = [0.6m, 0.5m, 0.7m, 0.4m, 0.8m];
    private static readonly decimal[] ThirdQualities = [0.3m, 0.2m, 0.4m, 0.5m];

    /// <summary>The first reversal found on the grid, or null when the method is absolute or no reversal is found.</summary>
    /// <param name="lot">The lot as scoring sees it.</param>
    /// <param name="value">The lot's estimated value: sample prices are shares of it.</param>
    public static RankReversal? Find(LotDesign lot, decimal value)
    {
        ArgumentNullException.ThrowIfNull(lot);
        if (!lot.PriceMethod.IsRelative || value <= 0m || !lot.Criteria.Any(c => c.Kind != CriterionKind.Price && c.Weight > 0m))
        {
            return null;
        }

        foreach (var pa in FirstPrices)
        {
            foreach (var pb in SecondPrices.Where(p => p > pa))
            {
                foreach (var qa in FirstQualities)
                {
                    for (var qb = qa + 0.1m; qb <= 1.0m; qb += 0.1m)
                    {
                        var a = new SampleBid("A", qa * 100m, Price(value, pa));
                        var b = new SampleBid("B", qb * 100m, Price(value, pb));
                        var before = LotScoring.Score(lot, [Bid(lot, a), Bid(lot, b)]);
                        if (before.Winner != "A" || before.Bids.Any(x => x.Excluded) || before.Bids[1].Rank == 1)
                        {
                            continue;
                        }

                        foreach (var pc in ThirdPrices.Where(p => p < pa))
                        {
                            foreach (var qc in ThirdQualities.Where(q => q < qa))
                            {
                                var c = new SampleBid("C", qc * 100m, Price(value, pc));
                                var after = LotScoring.Score(lot, [Bid(lot, a), Bid(lot, b), Bid(lot, c)]);
                                if (!after.Bids.Any(x => x.Excluded) && Rank(after, "B") < Rank(after, "A"))
                                {
                                    return new RankReversal(a, b, c, before, after);
                                }
                            }
                        }
                    }
                }
            }
        }

        return null;
    }

    private static int Rank(LotResult result, string bidder) => result.Bids.First(b => b.Bidder == bidder).Rank ?? int.MaxValue;

    private static decimal Price(decimal value, decimal share) => decimal.Round(value * share, 0, MidpointRounding.AwayFromZero);

    /// <summary>Every quality criterion marked at the sample's share of its top; pass/fail criteria passed.</summary>
    private static TenderBid Bid(LotDesign lot, SampleBid sample) =>
        new(sample.Bidder, sample.Price, lot.Criteria.Where(c => c.Kind != CriterionKind.Price)
            .ToFrozenDictionary(c => c.Id, c => c.Weight == 0m ? c.MaxScore : c.MaxScore * sample.QualityPercent / 100m));
}
