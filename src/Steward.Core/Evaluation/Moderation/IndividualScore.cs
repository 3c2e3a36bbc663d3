namespace Steward.Core.Evaluation.Moderation;

/// <summary>
/// One evaluator's mark for one criterion of one bid, with the rationale citing the bid. Once submitted it never
/// changes, and other evaluators do not see it until every evaluator on the bid has marked that criterion.
/// </summary>
public sealed record IndividualScore(string Evaluator, string Bid, string Criterion, decimal Score, string Rationale, DateTimeOffset At);
