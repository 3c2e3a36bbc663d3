using Steward.Core.Evaluation.Moderation;

namespace Steward.Core.Evaluation.Award;

/// <summary>
/// A bid as the award decision sees it: who made it, its price, when it arrived and its moderated marks, by criterion
/// id. Only bids that are assessed reach the decision: not withdrawn, not late unless admitted, not disregarded.
/// </summary>
public sealed record AssessedBid(string Id, string Bidder, string BidderName, decimal Price, DateTimeOffset Submitted, IReadOnlyDictionary<string, ModeratedScore> Scores);
