using Steward.Core.Evaluation.Scoring;

namespace Steward.Core.Tenders;

/// <summary>
/// Where the winner changes as the price weight moves: the lot re-scored with price worth 0 to 100 marks (step 5),
/// the other criteria keeping their shares of what is left. Only for methods that weigh price against quality
/// (F1–F6); the others do not weigh price.
/// </summary>
public static class PriceWeightSensitivity
{
    /// <summary>One price weight and its outcome.</summary>
    public sealed record Point(decimal PriceWeight, string? Winner, string Reason);

    public static IReadOnlyList<Point> Scan(LotDesign lot, IReadOnlyList<TenderBid> bids, decimal step = 5m)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(bids);
        if (!Weighted(lot) || step <= 0m)
        {
            return [];
        }

        var points = new List<Point>();
        for (var weight = 0m; weight <= 100m; weight += step)
        {
            var result = LotScoring.Score(At(lot, weight), bids);
            points.Add(new Point(weight, result.Winner, result.Reason));
        }

        return points;
    }

    /// <summary>The lot with price worth <paramref name="priceWeight"/> marks and the others scaled to share the rest as before.</summary>
    public static LotDesign At(LotDesign lot, decimal priceWeight)
    {
        ArgumentNullException.ThrowIfNull(lot);
        var others = lot.Criteria.Where(c => c.Kind != CriterionKind.Price).Sum(c => c.Weight);
        var scale = others == 0m ? 0m : (100m - priceWeight) / others;
        return lot with
        {
            Criteria = [.. lot.Criteria.Select(c => c.Kind == CriterionKind.Price ? c with { Weight = priceWeight } : c with { Weight = c.Weight * scale })],
        };
    }

    /// <summary>Whether the lot's method weighs price against quality, so moving the price weight means something.</summary>
    public static bool Weighted(LotDesign lot) =>
        lot?.PriceMethod.Formula is PriceFormula.F1 or PriceFormula.F2 or PriceFormula.F3 or PriceFormula.F4 or PriceFormula.F5 or PriceFormula.F6
        && lot.Criteria.Any(c => c.Kind == CriterionKind.Price);
}
