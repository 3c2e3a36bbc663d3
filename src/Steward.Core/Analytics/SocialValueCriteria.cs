using System.Globalization;
using System.Text.RegularExpressions;

namespace Steward.Core.Analytics;

/// <summary>
/// Finds the social value weighting in a process's award criteria (docs/indicators.md, "Social value weighting").
/// A criterion is about social value when its name or description contains one of the configured phrases (PPN
/// 002 asks in-scope buyers to weight social value at 10% or more; the phrases are configuration because buyers
/// word it many ways). Its weight is <c>numbers[0].number</c> (a percentage, or a 0–1 decimal), else a percentage
/// written in the criterion's text, as older TED-style notices do ("10", "10%").
/// </summary>
public static partial class SocialValueCriteria
{
    /// <summary>The default phrases, matched case-insensitively.</summary>
    public static readonly IReadOnlyList<string> DefaultPhrases =
        ["social value", "community benefit", "social benefit", "social impact", "socio-economic", "socioeconomic", "social responsibility"];

    /// <summary>The process's social value weighting, or null when it publishes no award criteria.</summary>
    public static SocialValueWeighting? Read(ProcessView process, IReadOnlyList<string>? phrases = null)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (process.Criteria.Count == 0)
        {
            return null;
        }

        phrases ??= DefaultPhrases;
        var found = false;
        double? highest = null;
        foreach (var lot in process.Criteria.GroupBy(c => c.LotId, StringComparer.Ordinal))
        {
            var criteria = lot.ToList();
            var social = criteria.Where(c => IsSocialValue(c, phrases)).ToList();
            if (social.Count == 0)
            {
                continue;
            }

            found = true;
            if (LotWeight(criteria, social) is { } weight && (highest is null || weight > highest))
            {
                highest = weight;
            }
        }

        return new SocialValueWeighting(found, highest);
    }

    /// <summary>The criterion names social value in its name or description.</summary>
    public static bool IsSocialValue(CriterionView criterion, IReadOnlyList<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(phrases);
        return phrases.Any(p => (criterion.Name?.Contains(p, StringComparison.OrdinalIgnoreCase) ?? false) ||
                                (criterion.Description?.Contains(p, StringComparison.OrdinalIgnoreCase) ?? false));
    }

    /// <summary>
    /// The percentage a criterion weighs as published: <c>numbers</c> with weight <c>percentageExact</c> (or none)
    /// as is, <c>decimalExact</c> × 100; else a number in its text: the whole description ("30", "30%") or the
    /// first "n%" in its name or description. Ranges ("60-85%"), points and orders are not read.
    /// </summary>
    public static double? Weight(CriterionView criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        if (criterion.Weight is { } number)
        {
            return criterion.WeightKind switch
            {
                null or "percentageExact" => number,
                "decimalExact" => number * 100,
                _ => null,
            };
        }

        if (criterion.Description is { } description && WholeNumber().Match(description) is { Success: true } whole)
        {
            return Percent(whole.Groups[1].Value);
        }

        foreach (var text in new[] { criterion.Name, criterion.Description })
        {
            if (text is not null && PercentInText().Match(text) is { Success: true } match)
            {
                return Percent(match.Groups[1].Value);
            }
        }

        return null;
    }

    /// <summary>
    /// A lot's social value weight in percent: the social criteria's share of the lot's total weight when every
    /// criterion of the lot has a number of the same kind (percentages, decimals or points: points become a share
    /// of the lot's total points), else when every criterion has a percentage (<see cref="Weight"/>); else the
    /// social criteria's own percentages when each has one; else unknown.
    /// </summary>
    private static double? LotWeight(List<CriterionView> criteria, List<CriterionView> social)
    {
        var kinds = criteria.Select(c => c.WeightKind ?? "percentageExact").Distinct(StringComparer.Ordinal).ToList();
        if (criteria.All(c => c.Weight is not null) && kinds.Count == 1 && kinds[0] is "percentageExact" or "decimalExact" or "pointsExact")
        {
            var total = criteria.Sum(c => c.Weight!.Value);
            if (total > 0)
            {
                return 100 * social.Sum(c => c.Weight!.Value) / total;
            }
        }

        var weights = criteria.Select(Weight).ToList();
        if (weights.All(w => w is not null))
        {
            var total = weights.Sum(w => w!.Value);
            if (total > 0)
            {
                return 100 * social.Sum(c => Weight(c)!.Value) / total;
            }
        }

        var own = social.Select(Weight).ToList();
        return own.All(w => w is not null) ? own.Sum(w => w!.Value) : null;
    }

    private static double? Percent(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100 ? value : null;

    [GeneratedRegex(@"^\s*(\d{1,3}(?:\.\d+)?)\s*%?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"(?<![\d.\-])(\d{1,3}(?:\.\d+)?)\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex PercentInText();
}

/// <summary>Whether a process's award criteria name social value, and the highest weight any of its lots gives it (percent), if known.</summary>
public sealed record SocialValueWeighting(bool WeightsSocialValue, double? Weight);
