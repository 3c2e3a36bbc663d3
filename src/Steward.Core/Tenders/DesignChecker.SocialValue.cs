using Steward.Core.Analytics.Flags;
using Steward.Core.Evaluation.Scoring;

namespace Steward.Core.Tenders;

/// <summary>The Social Value Model's floor: which version applies by the procurement's start and value, and whether social value carries enough weight.</summary>
public static partial class DesignChecker
{
    /// <summary>Once per design: a model version Steward knows, and the one the procurement's start and value call for.</summary>
    private static void ModelVersion(TenderDesign design, DesignCheckSettings settings, List<DesignFinding> findings)
    {
        if (!design.Buyer.InScope || design.TenderStart is not { } start)
        {
            return;
        }

        if (settings.Models.Find(design.Buyer.SocialValueModel!) is not { } declared)
        {
            Error(findings, "MODEL_UNKNOWN", "buyer.socialValueModel",
                $"\"{design.Buyer.SocialValueModel}\" is not a Social Value Model version Steward knows: {string.Join(", ", settings.Models.Models.Select(m => m.Id))} or none.",
                "PPN 002; PPN 026");
            return;
        }

        if (Applicable(design, start, settings) is { } model && model.Id != declared.Id)
        {
            Warning(findings, "MODEL_VERSION", "buyer.socialValueModel",
                $"The buyer applies {declared.Name}, but a procurement starting {start:yyyy-MM-dd} worth {Money(design.Value ?? 0m)} falls under {model.Name} ({model.WeightingRule}); Steward checks its floor.",
                model.WeightingReference);
        }
    }

    private static void SocialValue(TenderDesign design, DesignLot lot, string path, DesignCheckSettings settings, List<DesignFinding> findings)
    {
        if (!design.Buyer.InScope || design.TenderStart is not { } start || settings.Models.Find(design.Buyer.SocialValueModel!) is null
            || Applicable(design, start, settings) is not { } model)
        {
            return;
        }

        if (model.MinimumPercent(design.Value) is not { } floor)
        {
            return;
        }

        var caveat = model.Confirmed ? string.Empty : $" ({model.Id.ToUpperInvariant()}'s floor as reported; its official text is not yet confirmed.)";
        var reference = model.WeightingReference;
        if (lot.Importance == RelativeImportance.Order || lot.PriceMethod?.Formula == PriceFormula.F15)
        {
            var how = lot.Importance == RelativeImportance.Order ? "ranks its criteria instead of weighting them" : "is awarded on lowest price alone";
            Error(findings, "SOCIAL_VALUE_WEIGHT", path + ".criteria",
                $"Lot {lot.Id} {how}, so social value carries no weight, but {model.Name} asks at least {Figure(floor)}% for a buyer in its scope.{caveat}", reference);
            return;
        }

        var leaves = lot.Criteria.SelectMany(c => c.Leaves()).Where(c => !c.PassFail).ToList();
        var qualityOnly = QualityBased(lot.PriceMethod) || lot.PriceMethod?.Formula == PriceFormula.F14;
        var basis = leaves.Where(c => !qualityOnly || c.Kind != CriterionKind.Price).Sum(c => c.Weight ?? 0m);
        if (basis == 0m)
        {
            return;
        }

        var share = leaves.Where(c => c.Kind == CriterionKind.SocialValue).Sum(c => c.Weight ?? 0m) * 100m / basis;
        if (share < floor)
        {
            var of = QualityBased(lot.PriceMethod) ? "the quality score" : "the total score";
            Error(findings, "SOCIAL_VALUE_WEIGHT", path + ".criteria",
                $"Social value carries {Figure(share)}% of {of} in lot {lot.Id}; {model.Name} asks at least {Figure(floor)}% of {of} for a buyer in its scope" +
                $"{(model.MinimumValue is null ? string.Empty : $" at {Money(design.Value ?? 0m)}")}.{caveat}", reference);
        }
    }

    /// <summary>
    /// The version that applies by the procurement's start and value. A version with no value floor of its own (PPN 002)
    /// applies above the Sch. 1 threshold only: below-threshold contracts are outside it.
    /// </summary>
    private static SocialValueModel? Applicable(TenderDesign design, DateOnly start, DesignCheckSettings settings)
    {
        var model = settings.Models.For(start, design.Value);
        return model is { MinimumValue: null } && AboveThreshold(design, design.Value, settings) == false ? null : model;
    }

    /// <summary>Whether a value meets the Sch. 1 threshold in force at the procurement's start; null when the value is not known.</summary>
    private static bool? AboveThreshold(TenderDesign design, decimal? value, DesignCheckSettings settings)
    {
        if (value is not { } amount)
        {
            return null;
        }

        var on = design.TenderStart ?? settings.Today;
        var set = ThresholdSet.InForce(settings.Thresholds, on.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var key = design.ContractType switch
        {
            ContractType.Works => "works",
            ContractType.LightTouch => "light touch",
            _ => design.Buyer.Kind == AuthorityKind.Central ? "central government goods and services" : "sub-central goods and services",
        };
        return set.Values.TryGetValue(key, out var threshold) ? (double)amount >= threshold : null;
    }
}
