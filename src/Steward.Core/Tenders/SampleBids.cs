using System.Collections.Frozen;
using Steward.Core.Evaluation.Scoring;

namespace Steward.Core.Tenders;

/// <summary>
/// Sample bids to try a design on before any arrive: four made-up bidders spread the way real fields often are, from
/// a dear bid of high quality to a cheap one of low quality, priced as shares of the lot's value. Every criterion is
/// marked at the bid's quality share of its top (pass/fail criteria passed).
/// </summary>
public static class SampleBids
{
    private static readonly (string Bidder, decimal Quality, decimal PriceShare)[] Spread =
    [
        ("Sample A (high quality, dear)", 0.9m, 1.0m),
        ("Sample B (balanced)", 0.75m, 0.85m),
        ("Sample C (cheap, weaker)", 0.55m, 0.65m),
        ("Sample D (cheapest, weakest)", 0.4m, 0.5m),
    ];

    public static IReadOnlyList<TenderBid> For(LotDesign lot, decimal value)
    {
        ArgumentNullException.ThrowIfNull(lot);
        return
        [
            .. Spread.Select(s => new TenderBid(s.Bidder, decimal.Round(value * s.PriceShare, 0, MidpointRounding.AwayFromZero),
                lot.Criteria.Where(c => c.Kind != CriterionKind.Price)
                    .ToFrozenDictionary(c => c.Id, c => c.Weight == 0m ? c.MaxScore : decimal.Round(c.MaxScore * s.Quality, 2)))),
        ];
    }
}
