using Steward.Core.Common;
using Steward.Core.Evaluation.Scoring;

namespace Steward.Core.Tenders;

/// <summary>The lots, criteria trees, price methods, scales and goals of a DESIGN.json.</summary>
public static partial class TenderDesignJson
{
    private static DesignLot ReadLot(JsonFieldReader lot)
    {
        var contract = lot.Object("contractPeriod");
        var scale = lot.Object("scale");
        var costs = lot.Object("costTemplate");
        return new DesignLot(
            lot.Text("id") ?? string.Empty,
            lot.Text("title"),
            lot.Text("description"),
            lot.Number("value", min: 0m),
            Codes(lot, "cpv"),
            Choice(lot, "reservedParticipation", Reservations),
            contract?.Date("startDate"),
            contract?.Date("endDate"),
            lot.Text("relativeImportance") switch
            {
                null or "weighting" => RelativeImportance.Weighting,
                "order" => RelativeImportance.Order,
                var other => Fail<RelativeImportance>(lot, "relativeImportance", $"\"{other}\" is not weighting or order") ?? RelativeImportance.Weighting,
            },
            [.. lot.Objects("criteria").Select(ReadCriterion).OfType<DesignCriterion>()],
            ReadPriceMethod(lot),
            scale is null ? null : ReadScale(scale),
            lot.Number("qualityThreshold", min: 0m, max: 100m),
            Choice(lot, "tieBreak", TieBreaks, "higherQuality, lowerPrice or earlierSubmission"),
            lot.Path)
        {
            CostTemplate = costs is null ? null : OpenBook.OpenBookJson.Template(costs),
        };
    }

    private static DesignCriterion? ReadCriterion(JsonFieldReader criterion)
    {
        var kind = criterion.Text("type") switch
        {
            "price" => CriterionKind.Price,
            "quality" => CriterionKind.Quality,
            "socialValue" => CriterionKind.SocialValue,
            null => (CriterionKind?)null,
            var other => Fail<CriterionKind>(criterion, "type", $"\"{other}\" is not price, quality or socialValue"),
        };
        var weight = criterion.Number("weight", min: 0m);
        var maxScore = criterion.Number("maxScore", min: 0m);
        if (maxScore == 0m)
        {
            criterion.Fail("maxScore", "0 cannot be marked out of; give the top of the scale");
        }

        var minimum = criterion.Number("minimumScore", min: 0m);
        var passFail = criterion.Bool("passFail") ?? false;
        var subCriteria = criterion.Objects("subCriteria").Select(ReadCriterion).OfType<DesignCriterion>().ToList();
        var id = criterion.Text("id");
        var title = criterion.Text("title");
        var goals = Codes(criterion, "goals");
        var measures = Codes(criterion, "measures");
        if (id is null)
        {
            criterion.Fail("id", "missing; every criterion needs an id, which bids score against");
            return null;
        }

        return new DesignCriterion(id, title, kind ?? CriterionKind.Quality, weight, maxScore, minimum, passFail, goals, measures, subCriteria, criterion.Path)
        {
            KindGiven = kind is not null,
        };
    }

    private static PriceMethod? ReadPriceMethod(JsonFieldReader lot)
    {
        if (lot.Object("priceMethod") is not { } price || price.Text("formula") is not { } text)
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
        if (formula == PriceFormula.F4 && method.Ceiling is { } ceiling && ceiling <= (method.Floor ?? 0m))
        {
            price.Fail("ceiling", "F4 needs a published ceiling above its floor");
            return null;
        }

        return method;
    }

    private static QualityScale? ReadScale(JsonFieldReader scale)
    {
        var max = scale.Number("max", min: 0.000001m, required: true);
        var levels = scale.Objects("descriptors")
            .Select(level => (Score: level.Number("score", min: 0m, required: true), Text: level.Text("text", required: true)))
            .Where(level => level.Score is not null && level.Text is not null)
            .Select(level => new ScaleLevel(level.Score!.Value, level.Text!))
            .ToList();
        foreach (var level in levels.Where(l => l.Score > max))
        {
            scale.Fail("descriptors", $"a descriptor scores {level.Score}, above the scale's top ({max})");
        }

        return max is null ? null : new QualityScale(max.Value, levels);
    }

    private static Goal? ReadGoal(JsonFieldReader goal)
    {
        var period = goal.Object("period");
        var measures = goal.Objects("measures")
            .Select(m => (Id: m.Text("id", required: true), Name: m.Text("name", required: true), Unit: m.Text("unit", required: true),
                Direction: m.Text("direction") switch
                {
                    null or "increase" => MeasureDirection.Increase,
                    "decrease" => MeasureDirection.Decrease,
                    "maintain" => MeasureDirection.Maintain,
                    var other => Fail<MeasureDirection>(m, "direction", $"\"{other}\" is not increase, decrease or maintain") ?? MeasureDirection.Increase,
                }))
            .Where(m => m.Id is not null && m.Name is not null && m.Unit is not null)
            .Select(m => new Measure(m.Id!, m.Name!, m.Unit!, m.Direction))
            .ToList();
        var status = goal.Enum<GoalStatus>("status") ?? GoalStatus.Active;
        var id = goal.Text("id", required: true);
        var title = goal.Text("title", required: true);
        return id is null || title is null
            ? null
            : new Goal(id, title, goal.Text("description"), goal.Text("outcome"), goal.Text("owner"), period?.Date("startDate"), period?.Date("endDate"), status, measures);
    }
}
