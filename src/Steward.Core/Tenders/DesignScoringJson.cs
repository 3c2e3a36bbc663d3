using System.Text.Json;
using Steward.Core.Common;
using Steward.Core.Evaluation.Scoring;

namespace Steward.Core.Tenders;

/// <summary>
/// Reads what <c>steward tenders score</c> needs of a DESIGN.json: every lot with a price method and every scored
/// criterion with a type and weight. A draft's missing facts, which the checker would report, are errors here, since
/// bids cannot be scored without them; each names its JSON path.
/// </summary>
public static class DesignScoringJson
{
    public static (IReadOnlyList<LotDesign> Lots, IReadOnlyList<Error> Errors) Read(JsonElement root)
    {
        var (design, read) = TenderDesignJson.Read(root);
        var errors = read.ToList();
        if (errors.Count == 0 && root.ValueKind == JsonValueKind.Object && !root.TryGetProperty("lots", out _))
        {
            errors.Add(Missing("lots"));
        }

        foreach (var (lot, index) in design.Lots.Select((lot, index) => (lot, index)))
        {
            var path = lot.Path.Length > 0 ? lot.Path : $"lots[{index}]";
            if (lot.Id.Length == 0)
            {
                errors.Add(Missing(path + ".id"));
            }

            if (lot.PriceMethod is null && !errors.Any(e => e.Message.StartsWith(path + ".priceMethod", StringComparison.Ordinal)))
            {
                errors.Add(Missing(path + ".priceMethod"));
            }

            if (lot.PriceMethod?.Missing is { } missing)
            {
                errors.Add(new Error(TenderDesignJson.Code, $"{path}.priceMethod: {missing}"));
            }

            foreach (var criterion in lot.Criteria.Where(c => !c.KindGiven && !errors.Any(e => e.Message.StartsWith(c.Path + ".type", StringComparison.Ordinal))))
            {
                errors.Add(Missing(criterion.Path + ".type"));
            }

            foreach (var criterion in lot.Criteria.SelectMany(c => c.Leaves()))
            {
                if (criterion.Weight is null && !criterion.PassFail && !errors.Any(e => e.Message.StartsWith(criterion.Path + ".weight", StringComparison.Ordinal)))
                {
                    errors.Add(Missing(criterion.Path + ".weight"));
                }
            }

            if (lot.Criteria.SelectMany(c => c.Leaves()).Count(c => c.Kind == CriterionKind.Price) > 1)
            {
                errors.Add(new Error(TenderDesignJson.Code, $"{path}.criteria: more than one price criterion; a lot has one price, and its weight is the price marks"));
            }
        }

        return (errors.Count == 0 ? [.. design.Lots.Select(l => l.ForScoring()!)] : [], errors);
    }

    private static Error Missing(string path) => new(TenderDesignJson.Code, $"{path}: missing; it is required");
}
