namespace Steward.Core.Evaluation.Moderation;

/// <summary>
/// The consensus mark for one criterion of one bid, set by a moderator on the published scale with its own rationale
/// (never an average worked out silently: evaluation-methods.md §3.2, T11). Award and assessment summaries use it.
/// </summary>
public sealed record ModeratedScore(string Bid, string Criterion, decimal Score, string Rationale, string Moderator, DateTimeOffset At);
