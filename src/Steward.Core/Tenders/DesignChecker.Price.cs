using Steward.Core.Evaluation.Scoring;

namespace Steward.Core.Tenders;

/// <summary>The price method: a price criterion where one is needed, relative methods' rank reversal, thresholds for PPQP, and the tie-break.</summary>
public static partial class DesignChecker
{
    private const string MethodReference = "PA 2023 s.23(3)(a)";

    private static void PriceMethodFindings(TenderDesign design, DesignLot lot, string path, List<DesignFinding> findings)
    {
        if (lot.PriceMethod is not { } method || lot.Importance == RelativeImportance.Order)
        {
            return;
        }

        if (method.Missing is { } missing)
        {
            Error(findings, "PRICE_METHOD_INCOMPLETE", path + ".priceMethod", $"Lot {lot.Id}: {missing}, so bids cannot be scored.", MethodReference);
        }

        var leaves = lot.Criteria.SelectMany(c => c.Leaves()).ToList();
        var price = leaves.Where(c => c.Kind == CriterionKind.Price).ToList();
        if (price.Count > 1)
        {
            Error(findings, "PRICE_CRITERIA", path + ".criteria", $"Lot {lot.Id} has {price.Count} price criteria; a lot has one price, and its weight is the price marks.", MethodReference);
        }

        var priceMarks = price.Sum(c => c.Weight ?? 0m);
        if (!PriceUnweighted(method) && priceMarks == 0m)
        {
            Error(findings, "PRICE_CRITERION_MISSING", path + ".criteria",
                $"Lot {lot.Id} scores price by {method.Formula}, which gives the price criterion's weight as marks, but no price criterion carries any weight.", MethodReference);
        }
        else if (PriceUnweighted(method) && priceMarks > 0m)
        {
            Warning(findings, "PRICE_WEIGHT_UNUSED", price[0].Path + ".weight",
                $"{method.Formula} does not weigh price against quality, so the price criterion's weight of {Figure(priceMarks)} is not used; publish it as 0 to avoid misleading bidders.", MethodReference);
        }

        if (method.Formula == PriceFormula.F15 && leaves.Any(c => c.Kind != CriterionKind.Price && !c.PassFail && c.Weight > 0m))
        {
            Warning(findings, "QUALITY_UNUSED", path + ".criteria",
                $"Lot {lot.Id} is awarded on lowest price (F15), so its weighted quality criteria decide nothing; make them pass/fail or choose a method that scores them.", MethodReference);
        }

        if (method.Formula == PriceFormula.F7 && lot.QualityThreshold is null && !leaves.Any(c => c.MinimumScore is not null))
        {
            Warning(findings, "PPQP_NO_THRESHOLD", path + ".qualityThreshold",
                $"Lot {lot.Id} uses price per quality point (F7) with no quality threshold or minimum score, so a cheap bid of poor quality can win (evaluation-methods.md §2.3).", MethodReference);
        }

        if (method.IsRelative)
        {
            RelativeMethod(design, lot, path, method, findings);
        }

        if (lot.TieBreak is null)
        {
            Warning(findings, "NO_TIE_BREAK", path + ".tieBreak",
                $"Lot {lot.Id} publishes no tie-break rule, so bids equal to two decimal places cannot be separated and no contract could be awarded on a tie; a rule set after bids arrive would not be part of the published methodology.",
                MethodReference);
        }
    }

    private static void RelativeMethod(TenderDesign design, DesignLot lot, string path, PriceMethod method, List<DesignFinding> findings)
    {
        var value = lot.Value ?? design.Value ?? 100_000m;
        var example = lot.ForScoring() is { } scoring ? RankReversalSearch.Find(scoring, value) : null;
        var shown = example is null
            ? "No reversal was found on sample bids for this lot's weights, but it can still happen with real ones."
            : $"With this lot's weights: {Describe(example.First)} beats {Describe(example.Second)}, {Total(example.Before, "A")} to {Total(example.Before, "B")}; " +
              $"once {Describe(example.Third)} also bids, B beats A, {Total(example.After, "B")} to {Total(example.After, "A")}, though neither bid changed.";
        findings.Add(new DesignFinding("RELATIVE_PRICE_METHOD", FindingSeverity.Warning,
            $"{method.Formula} scores each price against the other bids, so one bid arriving or withdrawing can reorder two others (rank reversal). {shown} " +
            "An absolute method (F4 with a published floor and ceiling) scores each bid on its own.",
            "PA 2023 s.19(1) (most advantageous tender); evaluation-methods.md T3", path + ".priceMethod", example));
    }

    private static string Describe(SampleBid bid) => $"{bid.Bidder} (quality {Figure(bid.QualityPercent)}%, {Money(bid.Price)})";

    private static string Total(LotResult result, string bidder) => result.Bids.First(b => b.Bidder == bidder).Total is { } total ? total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "-";
}
