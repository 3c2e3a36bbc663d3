namespace Steward.Core.Evaluation.Scoring;

/// <summary>
/// One award criterion of a lot: it scores <c>Weight × score / MaxScore</c>; the price criterion's weight is the price
/// marks. A score under <see cref="MinimumScore"/> disqualifies the bid (a published pass/fail, PA 2023 s.23(3)(a)).
/// </summary>
public sealed record ScoredCriterion(string Id, CriterionKind Kind, decimal Weight, decimal MaxScore = 100m, decimal? MinimumScore = null);
