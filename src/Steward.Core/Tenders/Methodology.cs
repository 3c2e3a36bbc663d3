using System.Globalization;
using System.Text;
using Steward.Core.Evaluation.Scoring;
using Steward.Core.Suppliers;

namespace Steward.Core.Tenders;

/// <summary>
/// A design's assessment methodology in words, as published with the tender (PA 2023 s.23(3)(a)): each lot's
/// criteria and weights, sub-criteria, minimum scores, quality scale, price formula, threshold and tie-break, and the
/// goals and measures each social value criterion serves.
/// </summary>
public static class Methodology
{
    public static string Describe(TenderDesign design, SocialValueModels? models = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        var text = new StringBuilder();
        foreach (var lot in design.Lots)
        {
            text.Append(CultureInfo.InvariantCulture, $"Lot {lot.Id}{(lot.Title is null ? string.Empty : $" ({lot.Title})")}: ").Append(Lot(lot));
            foreach (var criterion in lot.Criteria)
            {
                text.Append(' ').Append(criterion.Title ?? criterion.Id).Append(": ").Append(Criterion(lot, criterion, design.Goals, models));
            }

            text.Append(' ');
        }

        return text.ToString().Trim();
    }

    /// <summary>How a lot is scored: weights or order, price formula, threshold, scale and tie-break.</summary>
    public static string Lot(DesignLot lot)
    {
        ArgumentNullException.ThrowIfNull(lot);
        var parts = new List<string>
        {
            lot.Importance == RelativeImportance.Order
                ? "Criteria are listed in order of importance (PA 2023 s.23(3)(b)(ii))."
                : $"Weights: {string.Join(", ", lot.Criteria.Where(c => !c.PassFail).Select(c => $"{c.Title ?? c.Id} {Figure(c.Weight ?? 0m)}%"))}.",
        };
        if (lot.Criteria.Any(c => c.PassFail))
        {
            parts.Add($"Pass/fail: {string.Join(", ", lot.Criteria.Where(c => c.PassFail).Select(c => c.Title ?? c.Id))}; failing one excludes the bid.");
        }

        if (lot.PriceMethod is { } method)
        {
            parts.Add($"Price is scored by {Formula(method)}.");
        }

        if (lot.QualityThreshold is { } threshold)
        {
            parts.Add($"A bid needs at least {Figure(threshold)}% of the quality marks to be ranked.");
        }

        if (lot.Scale is { } scale)
        {
            parts.Add($"Quality is marked 0 to {Figure(scale.Max)}{(scale.Levels.Count == 0 ? string.Empty : ": " + string.Join("; ", scale.Levels.Select(l => $"{Figure(l.Score)} {l.Descriptor}")))}.");
        }

        parts.Add(lot.TieBreak switch
        {
            TieBreak.HigherQuality => "Bids tied to two decimal places are separated by the higher quality score.",
            TieBreak.LowerPrice => "Bids tied to two decimal places are separated by the lower price.",
            TieBreak.EarlierSubmission => "Bids tied to two decimal places are separated by the earlier submission.",
            _ => "No tie-break rule is published.",
        });
        if (lot.Reservation is { } reservation)
        {
            parts.Add(reservation switch
            {
                Reservation.SupportedEmployment => "Reserved for supported employment providers (PA 2023 s.32); bidders are checked with the register's s.32 test (30% of the workforce disabled or disadvantaged).",
                Reservation.PublicServiceMutual => "Reserved for qualifying public service mutuals (PA 2023 s.33); bidders are checked with the register's s.33 test.",
                _ => "Reserved for SMEs and VCSEs below threshold; bidders are checked with the register's SME and VCSE tests.",
            });
        }

        return string.Join(" ", parts);
    }

    /// <summary>One criterion: weight or pass/fail, minimum, sub-criteria, and for social value its goals and measures.</summary>
    public static string Criterion(DesignLot lot, DesignCriterion criterion, IReadOnlyList<Goal>? goals = null, SocialValueModels? models = null)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(criterion);
        var parts = new List<string>
        {
            criterion.PassFail ? "Pass/fail." : criterion.Weight is { } w ? $"{Figure(w)}% of the marks." : "Unweighted.",
        };
        if (criterion.Kind != CriterionKind.Price)
        {
            parts.Add($"Marked out of {Figure(criterion.MaxScore ?? lot.DefaultMaxScore)}.");
        }

        if (criterion.MinimumScore is { } minimum)
        {
            parts.Add($"A score under {Figure(minimum)} excludes the bid.");
        }

        if (criterion.SubCriteria.Count > 0)
        {
            parts.Add($"Sub-criteria: {string.Join("; ", criterion.SubCriteria.Select(s => $"{s.Title ?? s.Id} {Figure(s.Weight ?? 0m)}%{(s.MinimumScore is { } m ? $" (minimum {Figure(m)})" : string.Empty)}"))}.");
        }

        if (criterion.Kind == CriterionKind.SocialValue)
        {
            var served = criterion.Leaves().SelectMany(c => c.Goals).Distinct().Select(id => goals?.FirstOrDefault(g => g.Id == id)?.Title ?? (models ?? SocialValueModels.Default).Resolve(id)?.Outcome.Name ?? id);
            parts.Add($"Serves: {string.Join("; ", served)}.");
            var measures = criterion.Leaves().SelectMany(c => c.Measures).Distinct()
                .Select(id => goals?.SelectMany(g => g.Measures).FirstOrDefault(m => m.Id == id) is { } m ? $"{m.Name} ({m.Unit})" : id).ToList();
            if (measures.Count > 0)
            {
                parts.Add($"The winner's commitments will be reported against: {string.Join("; ", measures)}.");
            }
        }

        return string.Join(" ", parts);
    }

    private static string Formula(PriceMethod method) => method.Formula switch
    {
        PriceFormula.F1 => "F1, proportional to the lowest price (lowest ÷ price × price marks)",
        PriceFormula.F2 => $"F2, linear from the lowest price (each 1% above the lowest loses {Figure(method.K)}% of the price marks)",
        PriceFormula.F3 => "F3, between the lowest and highest prices",
        PriceFormula.F4 => $"F4, absolute: full marks at or below {Money(method.Floor ?? 0m)}, none at or above {Money(method.Ceiling ?? 0m)}, straight line between",
        PriceFormula.F5 => "F5, deviation from the mean price",
        PriceFormula.F6 => $"F6, logarithmic (a price {Figure(method.A)} times the lowest scores nothing)",
        PriceFormula.F7 => "F7, price per quality point (price ÷ quality %; lowest wins)",
        PriceFormula.F8 => "F8, quality–price ratio (quality % ÷ price; highest wins)",
        PriceFormula.F10 => $"F10, monetised quality (price − quality % × {Money(method.WillingnessToPay ?? 0m)}; lowest wins)",
        PriceFormula.F14 => "F14, a fixed price: bids compete on quality alone",
        _ => "F15, lowest price",
    };

    private static string Figure(decimal value) => decimal.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => "£" + value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
