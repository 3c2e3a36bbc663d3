namespace Steward.Core.Evaluation.Scoring;

/// <summary>A lot's outcome: the winner (null when bids tie with no published tie-break, or none is compliant), why, and every bid.</summary>
public sealed record LotResult(string Lot, string? Winner, string Reason, IReadOnlyList<ScoredBid> Bids);
