using Steward.Core.Evaluation.Scoring;

namespace Steward.Core.Tenders;

/// <summary>Weights that add up, sub-criteria that split their parent, and minimum scores that can be reached.</summary>
public static partial class DesignChecker
{
    private const string WeightReference = "PA 2023 s.23(3)(b)(i)";

    private static void Weights(DesignLot lot, string path, List<DesignFinding> findings)
    {
        foreach (var criterion in lot.Criteria.Concat(lot.Criteria.SelectMany(c => c.SubCriteria)))
        {
            var max = criterion.MaxScore ?? lot.DefaultMaxScore;
            if (criterion.MinimumScore is { } minimum && minimum > max)
            {
                Error(findings, "MINIMUM_ABOVE_MAXIMUM", criterion.Path + ".minimumScore",
                    $"Criterion {criterion.Id}'s minimum score {Figure(minimum)} is above the most it can score ({Figure(max)}), so every bid would fail it.", "PA 2023 s.23(3)(a)");
            }
        }

        if (lot.Importance == RelativeImportance.Order)
        {
            Warning(findings, "ORDER_OF_IMPORTANCE", path + ".relativeImportance",
                $"Lot {lot.Id} publishes its criteria in order of importance rather than weighted, which the Act allows (s.23(3)(b)(ii)), but bids cannot then be scored to a number, so the what-if and the social value floor cannot be checked.",
                "PA 2023 s.23(3)(b)(ii)");
            return;
        }

        foreach (var criterion in lot.Criteria.Where(c => !c.PassFail && c.Weight is null && c.SubCriteria.Count == 0))
        {
            Error(findings, "WEIGHT_MISSING", criterion.Path + ".weight", $"Criterion {criterion.Id} has no weight; a weighted design gives every scored criterion one ({WeightReference}).", WeightReference);
        }

        foreach (var parent in lot.Criteria.Where(c => c.SubCriteria.Count > 0))
        {
            var split = parent.SubCriteria.Sum(s => s.PassFail ? 0m : s.Weight ?? 0m);
            if (parent.Weight is { } weight && split != weight)
            {
                Error(findings, "SUBCRITERIA_WEIGHTS", parent.Path + ".subCriteria",
                    $"The sub-criteria of {parent.Id} carry {Figure(split)} marks between them, not the {Figure(weight)} the criterion is worth.", WeightReference);
            }
        }

        var leaves = lot.Criteria.SelectMany(c => c.Leaves()).Where(c => !c.PassFail).ToList();
        var counted = PriceUnweighted(lot.PriceMethod) ? leaves.Where(c => c.Kind != CriterionKind.Price).ToList() : leaves;
        var total = counted.Sum(c => c.Weight ?? 0m);
        if (total != 100m && counted.Count > 0)
        {
            var what = PriceUnweighted(lot.PriceMethod) ? "The quality criteria's weights" : "The weights";
            Error(findings, "WEIGHTS_TOTAL", path + ".criteria",
                $"{what} of lot {lot.Id} add up to {Figure(total)}, not 100: {string.Join(", ", counted.Select(c => $"{c.Id} {Figure(c.Weight ?? 0m)}"))}.", WeightReference);
        }
    }
}
