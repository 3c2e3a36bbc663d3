using Steward.Core.Evaluation.Bids;
using Steward.Core.Evaluation.Moderation;
using Steward.Core.Evaluation.Scoring;
using Steward.Core.Tenders;

namespace Steward.Core.Evaluation.Award;

/// <summary>
/// The most advantageous tender for a lot (PA 2023 s.19(1), (2)) from the moderated marks, by the published method:
/// pass/fail and minimum scores exclude first (T8), price is scored among the bids still in (T9: a disregarded bid
/// leaves the price scores), and a tie is broken only by the published rule (T6). <see cref="Blockers"/> says what
/// must be done before the decision can be recorded.
/// </summary>
public static class LotAward
{
    /// <summary>The scoring design for evaluation: a bare pass/fail criterion is marked 1 (pass) or 0 (fail) and needs 1.</summary>
    public static LotDesign Design(DesignLot lot)
    {
        ArgumentNullException.ThrowIfNull(lot);
        var criteria = lot.Criteria.SelectMany(c => c.Leaves())
            .Select(c => ScoreRules.IsPassFail(c)
                ? new ScoredCriterion(c.Id, c.Kind, 0m, 1m, 1m)
                : new ScoredCriterion(c.Id, c.Kind, c.PassFail ? 0m : c.Weight ?? 0m, c.MaxScore ?? lot.DefaultMaxScore, c.MinimumScore))
            .ToList();
        return new LotDesign(lot.Id, criteria, lot.PriceMethod ?? throw new ArgumentException($"lot {lot.Id} has no price method", nameof(lot)), lot.QualityThreshold, lot.TieBreak);
    }

    /// <summary>The lot's result, bids named by their ids.</summary>
    public static LotResult Score(DesignLot lot, IReadOnlyList<AssessedBid> bids)
    {
        ArgumentNullException.ThrowIfNull(bids);
        return LotScoring.Score(Design(lot), [.. bids.Select(b => new TenderBid(b.Id, b.Price, b.Scores.ToDictionary(s => s.Key, s => s.Value.Score, StringComparer.Ordinal), b.Submitted))]);
    }

    /// <summary>
    /// What stands between the lot and an award decision, in words: marks not moderated, flags not decided, the
    /// conflicts assessment not revised since the declarations, or a result with no winner (a tie with no published
    /// tie-break, or no compliant bid).
    /// </summary>
    public static IReadOnlyList<string> Blockers(DesignLot lot, IReadOnlyList<AssessedBid> bids, IReadOnlyList<AltReview> reviews, bool conflictsAssessed)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(bids);
        ArgumentNullException.ThrowIfNull(reviews);
        var blockers = new List<string>();
        if (bids.Count == 0)
        {
            blockers.Add("no bid is assessed on this lot");
            return blockers;
        }

        var criteria = BidRules.Answerable(lot);
        foreach (var bid in bids)
        {
            var missing = criteria.Where(c => !bid.Scores.ContainsKey(c.Id)).Select(c => c.Title ?? c.Id).ToList();
            if (missing.Count > 0)
            {
                blockers.Add($"{bid.BidderName}: moderate {string.Join(", ", missing)}");
            }
        }

        const string conflicts = "revise the conflicts assessment now that every evaluator has declared (PA 2023 s.83)";
        if (blockers.Count > 0)
        {
            return conflictsAssessed ? blockers : [.. blockers, conflicts];
        }

        var result = Score(lot, bids);
        foreach (var flagged in result.Bids.Where(b => b.AbnormallyLow))
        {
            var review = reviews.FirstOrDefault(r => r.Bid == flagged.Bidder);
            if (review?.Decision != AltDecision.Accepted)
            {
                var name = bids.First(b => b.Id == flagged.Bidder).BidderName;
                blockers.Add(review?.AskedAt is null
                    ? $"{name}: its price is flagged as possibly abnormally low; ask the supplier to explain ({AltRules.Reference})"
                    : $"{name}: decide on the supplier's explanation of its price ({AltRules.Reference})");
            }
        }

        if (!conflictsAssessed)
        {
            blockers.Add(conflicts);
        }

        if (blockers.Count == 0 && result.Winner is null)
        {
            blockers.Add(Named(result.Reason, bids));
        }

        return blockers;
    }

    /// <summary>A result's reason with bid ids replaced by the bidders' names.</summary>
    public static string Named(string reason, IReadOnlyList<AssessedBid> bids)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(bids);
        return bids.Aggregate(reason, (text, bid) => text.Replace(bid.Id, bid.BidderName, StringComparison.Ordinal));
    }
}
