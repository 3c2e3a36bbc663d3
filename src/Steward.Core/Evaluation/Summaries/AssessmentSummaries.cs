using System.Globalization;
using Steward.Core.Evaluation.Award;
using Steward.Core.Evaluation.Moderation;
using Steward.Core.Evaluation.Scoring;
using Steward.Core.Tenders;

namespace Steward.Core.Evaluation.Summaries;

/// <summary>
/// Builds the assessment summaries of a lot (evaluation-methods.md §5.2, T12): one for every assessed tender, the
/// winner's under reg 31(2), each other's under reg 31(3) with the reason it did not win and the most advantageous
/// tender's marks. Every criterion and sub-criterion carries its mark and explanation; totals and sub-totals are
/// exact, rounded only when shown.
/// </summary>
public static class AssessmentSummaries
{
    /// <summary>The summaries, one per bid the result holds (ranked or excluded by a pass/fail or minimum).</summary>
    /// <param name="procurement">The OCID, title and buyer's name.</param>
    /// <param name="lot">The lot as designed.</param>
    /// <param name="bids">The assessed bids, with their moderated marks.</param>
    /// <param name="identifiers">Each bidder's identifier (e.g. a Companies House number), when known.</param>
    /// <param name="issued">When the summaries are issued.</param>
    public static IReadOnlyList<AssessmentSummary> Build((string Ocid, string Title, string Buyer) procurement, DesignLot lot, IReadOnlyList<AssessedBid> bids,
        IReadOnlyDictionary<string, string?> identifiers, DateTimeOffset issued)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(bids);
        ArgumentNullException.ThrowIfNull(identifiers);
        var result = LotAward.Score(lot, bids);
        var winner = result.Winner is { } id ? bids.First(b => b.Id == id) : null;
        var ranked = result.Bids.Count(b => !b.Excluded);
        var methodology = Methodology.Lot(lot);
        return [.. result.Bids.Select(scored =>
        {
            var bid = bids.First(b => b.Id == scored.Bidder);
            var successful = winner?.Id == bid.Id;
            return new AssessmentSummary
            {
                Ocid = procurement.Ocid,
                Procurement = procurement.Title,
                Buyer = procurement.Buyer,
                Lot = lot.Id,
                LotTitle = lot.Title,
                Bid = bid.Id,
                SupplierName = bid.BidderName,
                SupplierIdentifier = identifiers.GetValueOrDefault(bid.Bidder),
                Successful = successful,
                Methodology = methodology,
                Criteria = Criteria(lot, bid),
                Figures = Figures(scored),
                WhyNotSuccessful = successful ? null : WhyNot(scored, ranked, result, bids),
                MostAdvantageous = successful || winner is null ? null
                    : new MostAdvantageousTender(winner.BidderName, identifiers.GetValueOrDefault(winner.Bidder), Figures(result.Bids.First(b => b.Bidder == winner.Id)), Criteria(lot, winner)),
                Issued = issued,
            };
        })];
    }

    private static IReadOnlyList<CriterionAssessment> Criteria(DesignLot lot, AssessedBid bid) =>
        [.. lot.Criteria.Where(c => c.Kind != CriterionKind.Price).Select((c, i) => Assess(lot, c, bid, lot.Importance == RelativeImportance.Order ? i + 1 : null, null))];

    private static CriterionAssessment Assess(DesignLot lot, DesignCriterion criterion, AssessedBid bid, int? order, DesignCriterion? parent)
    {
        var title = criterion.Title ?? criterion.Id;
        var importance = criterion.PassFail ? "pass/fail: failing it excludes the tender"
            : order is { } place ? string.Create(CultureInfo.InvariantCulture, $"{Ordinal(place)} in order of importance")
            : criterion.Weight is { } weight ? $"{Show(weight)}%{(parent is null ? string.Empty : $" of {parent.Title ?? parent.Id}'s {Show(parent.Weight ?? 0m)}%")}"
            : "not weighted";
        if (criterion.SubCriteria.Count > 0)
        {
            var subs = criterion.SubCriteria.Select(s => Assess(lot, s with { Kind = criterion.Kind }, bid, null, criterion)).ToList();
            var subtotal = subs.All(s => s.Marks is not null) ? subs.Sum(s => s.Marks!.Value) : (decimal?)null;
            return new CriterionAssessment(criterion.Id, title, importance, "see its sub-criteria", null, subtotal, null, null, subs);
        }

        var top = ScoreRules.Top(lot, criterion);
        var available = ScoreRules.IsPassFail(criterion) ? "pass or fail"
            : $"0 to {Show(top)}{(criterion.MinimumScore is { } minimum ? $"; at least {Show(minimum)} needed" : string.Empty)}";
        if (!bid.Scores.TryGetValue(criterion.Id, out var moderated))
        {
            return new CriterionAssessment(criterion.Id, title, importance, available, null, null, null, "not assessed", []);
        }

        var marks = criterion.PassFail || top == 0m ? (decimal?)null : (criterion.Weight ?? 0m) * moderated.Score / top;
        return new CriterionAssessment(criterion.Id, title, importance, available, moderated.Score, marks, ScoreRules.Descriptor(lot, criterion, moderated.Score), moderated.Rationale, []);
    }

    private static TenderFigures Figures(ScoredBid scored) =>
        new(scored.Price, scored.QualityScore, scored.PriceScore, scored.Total, scored.PricePerQualityPoint, scored.Rank);

    private static string WhyNot(ScoredBid scored, int ranked, LotResult result, IReadOnlyList<AssessedBid> bids)
    {
        if (scored.Excluded)
        {
            return $"The tender was disqualified before price was scored: {LotAward.Named(scored.ExclusionReason ?? "it failed a published requirement", bids)}.";
        }

        var why = string.Create(CultureInfo.InvariantCulture, $"The tender ranked {scored.Rank} of {ranked} by the published method.");
        return result.Winner is null ? why : $"{why} {LotAward.Named(result.Reason, bids)}.";
    }

    private static string Ordinal(int place) => place switch
    {
        1 => "1st",
        2 => "2nd",
        3 => "3rd",
        _ => string.Create(CultureInfo.InvariantCulture, $"{place}th"),
    };

    private static string Show(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
