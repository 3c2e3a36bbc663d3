namespace Steward.Core.Evaluation.Award;

/// <summary>
/// A possibly abnormally low price and what became of it: the flag, when the supplier was asked to explain
/// (s.19(4)(a)), its explanation (s.19(4)(b)), and the buyer's decision with the reason.
/// </summary>
public sealed record AltReview(string Bid, string Flag, DateTimeOffset? AskedAt, string? Explanation, AltDecision? Decision, string? DecisionReason);
