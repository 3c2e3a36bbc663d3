using System.Globalization;
using Steward.Core.Common;
using Steward.Core.Tenders;

namespace Steward.Core.Evaluation.Moderation;

/// <summary>
/// What a mark must be (evaluation-methods.md §2, §3.2): a level of the published scale, with a rationale that
/// explains it from the bid's content (reg 31(2) of the Procurement Regulations 2024 asks each assessment summary for
/// an explanation referring to the tender). A pass/fail criterion with no minimum score is marked 1 (pass) or 0 (fail).
/// </summary>
public static class ScoreRules
{
    public const string Code = "SCORE_REFUSED";

    /// <summary>The fewest characters a rationale may have: a sentence, not a tick.</summary>
    public const int RationaleMinimum = 20;

    public const string Reference = "PA 2023 s.23(3); Procurement Regulations 2024 reg 31(2)";

    /// <summary>The marks a criterion can be given, lowest first, or null when any number from 0 to the top (two places) will do.</summary>
    public static IReadOnlyList<decimal>? Levels(DesignLot lot, DesignCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(criterion);
        if (IsPassFail(criterion))
        {
            return [0m, 1m];
        }

        var top = Top(lot, criterion);
        return top <= 100m && top == decimal.Truncate(top) ? [.. Enumerable.Range(0, (int)top + 1).Select(i => (decimal)i)] : null;
    }

    /// <summary>What the criterion is marked out of: 1 for a bare pass/fail, else its own top score, the scale's, or 100.</summary>
    public static decimal Top(DesignLot lot, DesignCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(criterion);
        return IsPassFail(criterion) ? 1m : criterion.MaxScore ?? lot.DefaultMaxScore;
    }

    /// <summary>A pass/fail criterion with no minimum score of its own: marked 1 to pass, 0 to fail.</summary>
    public static bool IsPassFail(DesignCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return criterion.PassFail && criterion.MinimumScore is null;
    }

    /// <summary>What the scale says a mark means, when it says.</summary>
    public static string? Descriptor(DesignLot lot, DesignCriterion criterion, decimal score)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(criterion);
        if (IsPassFail(criterion))
        {
            return score == 1m ? "Pass" : "Fail";
        }

        return criterion.MaxScore is null || criterion.MaxScore == lot.Scale?.Max ? lot.Scale?.Levels.FirstOrDefault(l => l.Score == score)?.Descriptor : null;
    }

    /// <summary>The mark's problems: off the scale, or a rationale too short to explain it.</summary>
    public static Error? Check(DesignLot lot, DesignCriterion criterion, decimal score, string? rationale)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(criterion);
        var levels = Levels(lot, criterion);
        var top = Top(lot, criterion);
        if (levels is not null && !levels.Contains(score))
        {
            return new Error(Code, $"score: {Show(score)} is not on the published scale for {criterion.Title ?? criterion.Id}; mark one of {string.Join(", ", levels.Select(Show))} ({Reference})");
        }

        if (levels is null && (score < 0m || score > top || decimal.Round(score, 2) != score))
        {
            return new Error(Code, $"score: {Show(score)} is off the published scale for {criterion.Title ?? criterion.Id}; mark from 0 to {Show(top)}, to at most two decimal places ({Reference})");
        }

        return (rationale?.Trim().Length ?? 0) < RationaleMinimum
            ? new Error(Code, $"rationale: explain the mark from what the tender says, in at least {RationaleMinimum} characters; it is the explanation the bidder's assessment summary gives ({Reference})")
            : null;
    }

    private static string Show(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
