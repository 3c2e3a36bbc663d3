using System.Text.Json;
using Steward.Core.Common;
using Steward.Core.Evaluation.Scoring;

namespace Steward.Core.Tenders;

/// <summary>
/// Reads the lots of a DESIGN.json (docs/tenders.md) into what scoring needs: each lot's criteria, price method,
/// quality threshold and tie-break. Every problem is an error naming its JSON path
/// (<c>lots[0].criteria[1].weight: expected a number, found "forty"</c>).
/// </summary>
public static class DesignLotsJson
{
    public const string Code = "DESIGN_INVALID";

    public static (IReadOnlyList<LotDesign> Lots, IReadOnlyList<Error> Errors) Read(JsonElement root)
    {
        var errors = new List<Error>();
        var lots = new List<LotDesign>();
        if (JsonFieldReader.Root(root, Code, errors) is not { } design)
        {
            return (lots, errors);
        }

        foreach (var (item, path) in design.Array("lots", required: true))
        {
            if (design.Child(item, path) is not { } lot)
            {
                continue;
            }

            var id = lot.Text("id", required: true) ?? path;
            var criteria = new List<ScoredCriterion>();
            foreach (var (criterionItem, criterionPath) in lot.Array("criteria", required: true))
            {
                if (lot.Child(criterionItem, criterionPath) is not { } criterion)
                {
                    continue;
                }

                var kind = criterion.Text("type", required: true) switch
                {
                    "price" => CriterionKind.Price,
                    "quality" => CriterionKind.Quality,
                    "socialValue" => CriterionKind.SocialValue,
                    null => (CriterionKind?)null,
                    var other => Refuse(criterion, "type", $"\"{other}\" is not price, quality or socialValue"),
                };
                var weight = criterion.Number("weight", min: 0m, required: true);
                var maxScore = criterion.Number("maxScore", min: 0m) ?? 100m;
                var minimum = criterion.Number("minimumScore", min: 0m);
                if (criterion.Text("id", required: true) is { } criterionId && kind is { } k && weight is { } w)
                {
                    criteria.Add(new ScoredCriterion(criterionId, k, w, maxScore, minimum));
                }
            }

            if (criteria.Count(c => c.Kind == CriterionKind.Price) > 1)
            {
                lot.Fail("criteria", "more than one price criterion; a lot has one price, and its weight is the price marks");
            }

            var method = PriceMethod(lot);
            var tieBreak = lot.Text("tieBreak") switch
            {
                null => (TieBreak?)null,
                "higherQuality" => TieBreak.HigherQuality,
                "lowerPrice" => TieBreak.LowerPrice,
                "earlierSubmission" => TieBreak.EarlierSubmission,
                var other => RefuseTie(lot, other),
            };
            var threshold = lot.Number("qualityThreshold", min: 0m, max: 100m);
            if (method is not null)
            {
                lots.Add(new LotDesign(id, criteria, method, threshold, tieBreak));
            }
        }

        return (lots, errors);
    }

    private static PriceMethod? PriceMethod(JsonFieldReader lot)
    {
        if (lot.Object("priceMethod", required: true) is not { } price)
        {
            return null;
        }

        var text = price.Text("formula", required: true);
        if (text is null)
        {
            return null;
        }

        if (!Enum.TryParse<PriceFormula>(text, ignoreCase: false, out var formula) || !Enum.IsDefined(formula) || !text.StartsWith('F'))
        {
            price.Fail("formula", $"\"{text}\" is not one Steward offers: {string.Join(", ", Enum.GetNames<PriceFormula>())}");
            return null;
        }

        var method = new PriceMethod(formula, price.Number("floor", min: 0m), price.Number("ceiling", min: 0m), price.Number("k", min: 0m) ?? 1m,
            price.Number("a", min: 1.000001m) ?? 2m, price.Number("wtp", min: 0m));
        if (formula == PriceFormula.F4 && (method.Ceiling is null || method.Ceiling <= (method.Floor ?? 0m)))
        {
            price.Fail("ceiling", "F4 needs a published ceiling above its floor");
            return null;
        }

        if (formula == PriceFormula.F10 && method.WillingnessToPay is null)
        {
            price.Fail("wtp", "F10 needs the published £ per quality point (wtp)");
            return null;
        }

        return method;
    }

    private static CriterionKind? Refuse(JsonFieldReader reader, string field, string problem)
    {
        reader.Fail(field, problem);
        return null;
    }

    private static TieBreak? RefuseTie(JsonFieldReader lot, string text)
    {
        lot.Fail("tieBreak", $"\"{text}\" is not higherQuality, lowerPrice or earlierSubmission");
        return null;
    }
}
