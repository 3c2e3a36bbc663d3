using System.Globalization;

namespace Steward.Core.Evaluation.Scoring;

/// <summary>
/// Scores a lot's bids as its design says (evaluation-methods.md §§1–3): pass/fail criteria and the quality threshold
/// first, so that a disqualified bid never sets the lowest price (T8); then price by the published method; then the
/// ranking, a tie to the published rounding rule broken only by the published tie-break (T6, T17); and a flag, never
/// an exclusion, on possibly abnormally low prices (PA 2023 s.19(3)(c), (4)).
/// </summary>
public static class LotScoring
{
    public static LotResult Score(LotDesign lot, IReadOnlyList<TenderBid> bids)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(bids);
        var quality = lot.Criteria.Where(c => c.Kind != CriterionKind.Price).ToList();
        var qualityMarks = quality.Sum(c => c.Weight);
        var priceMarks = lot.Criteria.Where(c => c.Kind == CriterionKind.Price).Sum(c => c.Weight);
        var assessed = bids.Select(bid => Assess(bid, quality, qualityMarks, lot.QualityThreshold)).ToList();
        var compliant = assessed.Where(b => !b.Excluded).ToList();
        var flagged = AbnormallyLow.Flag(compliant.Select(b => b.Price).ToList());
        var method = lot.PriceMethod;
        IReadOnlyList<decimal>? prices = method.Formula <= PriceFormula.F6 ? PriceScores.Score(method, [.. compliant.Select(b => b.Price)], priceMarks) : null;
        var scored = compliant.Select((b, i) => Figures(b, method, prices?[i], flagged[i])).ToList();
        var ranked = (method.LowestWins
                ? scored.OrderBy(b => method.Formula == PriceFormula.F7 ? b.PricePerQualityPoint : b.Total)
                : scored.OrderByDescending(b => b.Total))
            .ToList();
        var rounded = ranked.Select(b => Round(method.Formula == PriceFormula.F7 ? b.PricePerQualityPoint : b.Total, lot.TieDecimals)).ToList();
        var withRanks = ranked.Select((b, i) => b with { Rank = rounded.IndexOf(rounded[i]) + 1 }).ToList();
        var (winner, reason) = Decide(withRanks, lot, method);
        return new LotResult(lot.Id, winner, reason, [.. withRanks, .. assessed.Where(b => b.Excluded)]);
    }

    private static ScoredBid Assess(TenderBid bid, List<ScoredCriterion> quality, decimal qualityMarks, decimal? threshold)
    {
        var bidScore = new ScoredBid { Bidder = bid.Bidder, Price = bid.Price, Submitted = bid.Submitted };
        decimal points = 0;
        foreach (var criterion in quality)
        {
            var score = bid.Scores.TryGetValue(criterion.Id, out var s) ? s : 0m;
            if (criterion.MinimumScore is { } minimum && score < minimum)
            {
                return bidScore with { Excluded = true, ExclusionReason = $"{criterion.Id} scored {Show(score)}, under the published minimum of {Show(minimum)} (a pass/fail criterion, PA 2023 s.23(3)(a))" };
            }

            points += criterion.MaxScore == 0 ? 0 : criterion.Weight * score / criterion.MaxScore;
        }

        var percent = qualityMarks == 0 ? (decimal?)null : 100m * points / qualityMarks;
        if (threshold is { } least && percent is { } p && p < least)
        {
            return bidScore with { Excluded = true, ExclusionReason = $"quality {Show(p)}% is under the published threshold of {Show(least)}% (PA 2023 s.23(3)(a))" };
        }

        return bidScore with { QualityScore = points, QualityPercent = percent };
    }

    private static ScoredBid Figures(ScoredBid bid, PriceMethod method, decimal? priceScore, string? abnormallyLow)
    {
        var q = bid.QualityScore ?? 0m;
        var percent = bid.QualityPercent ?? 0m;
        var flagged = bid with { AbnormallyLow = abnormallyLow is not null, AbnormallyLowReason = abnormallyLow };
        return method.Formula switch
        {
            <= PriceFormula.F6 => flagged with { PriceScore = priceScore, Total = q + priceScore },
            PriceFormula.F7 => flagged with { PricePerQualityPoint = percent == 0 ? null : bid.Price / percent },
            PriceFormula.F8 => flagged with { Total = bid.Price == 0 ? null : percent / bid.Price },
            PriceFormula.F10 => flagged with { Total = bid.Price - (percent * (method.WillingnessToPay ?? 0m)) },
            PriceFormula.F14 => flagged with { Total = q },
            _ => flagged with { Total = bid.Price },
        };
    }

    private static (string? Winner, string Reason) Decide(List<ScoredBid> ranked, LotDesign lot, PriceMethod method)
    {
        if (ranked.Count == 0)
        {
            return (null, "no compliant bid");
        }

        var first = ranked.Where(b => b.Rank == 1).ToList();
        var measure = method.Formula switch
        {
            PriceFormula.F7 => "the lowest price per quality point",
            PriceFormula.F8 => "the highest quality–price ratio",
            PriceFormula.F10 => "the lowest quality-adjusted price",
            PriceFormula.F15 => "the lowest price",
            PriceFormula.F14 => "the highest quality score (fixed price)",
            _ => "the highest total",
        };
        if (first.Count == 1)
        {
            return (first[0].Bidder, $"{first[0].Bidder} has {measure}");
        }

        var names = string.Join(" and ", first.Select(b => b.Bidder));
        var tied = $"{names} tie on {measure} to {lot.TieDecimals} decimal places (the published rounding rule)";
        if (lot.TieBreak is not { } rule)
        {
            return (null, $"{tied}; no tie-break rule was published, so Steward will not choose (PA 2023 s.23(3))");
        }

        var broken = rule switch
        {
            TieBreak.HigherQuality => Single(first, b => b.QualityScore ?? 0m, descending: true),
            TieBreak.LowerPrice => Single(first, b => b.Price, descending: false),
            _ => first.All(b => b.Submitted is not null) ? Single(first, b => b.Submitted!.Value.UtcTicks, descending: false) : null,
        };
        return broken is null
            ? (null, $"{tied}; the published tie-break ({rule}) does not separate them")
            : (broken.Bidder, $"{tied}; the published tie-break ({rule}) gives it to {broken.Bidder}");
    }

    private static ScoredBid? Single<T>(List<ScoredBid> tied, Func<ScoredBid, T> key, bool descending)
        where T : IComparable<T>
    {
        var ordered = descending ? tied.OrderByDescending(key).ToList() : tied.OrderBy(key).ToList();
        return ordered.Count > 1 && key(ordered[0]).CompareTo(key(ordered[1])) == 0 ? null : ordered[0];
    }

    private static decimal? Round(decimal? value, int decimals) => value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero) : null;

    private static string Show(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
