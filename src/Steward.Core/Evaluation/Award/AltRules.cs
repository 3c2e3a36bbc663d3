using Steward.Core.Common;

namespace Steward.Core.Evaluation.Award;

/// <summary>
/// Abnormally low tenders (PA 2023 s.19(3)(c), (4), (5); evaluation-methods.md §3.5, T9): a flag is a question, not
/// an exclusion. A bid may be disregarded only after its supplier was told and had the chance to show it can perform
/// for the price, and its explanation is on the record; every decision, either way, carries its reason.
/// </summary>
public static class AltRules
{
    public const string Code = "ALT_REFUSED";

    public const string Reference = "PA 2023 s.19(3)(c), (4), (5)";

    public static Error? CheckDecision(AltReview review, AltDecision decision, string? reason)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (review.Decision is not null)
        {
            return new Error(Code, $"decision: already decided ({review.Decision}); a decision is recorded once");
        }

        if (decision == AltDecision.Disregarded && review.AskedAt is null)
        {
            return new Error(Code, $"decision: tell the supplier and ask it to explain its price before disregarding the bid ({Reference})");
        }

        if (decision == AltDecision.Disregarded && string.IsNullOrWhiteSpace(review.Explanation))
        {
            return new Error(Code, $"decision: the supplier has not answered yet; it must have a reasonable opportunity to show it can perform for the price ({Reference})");
        }

        return string.IsNullOrWhiteSpace(reason)
            ? new Error(Code, $"reason: say why, with reference to the supplier's explanation ({Reference}); it is kept with the procurement's records (s.98)")
            : null;
    }
}
