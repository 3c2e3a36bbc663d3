namespace Steward.Core.Evaluation.Scoring;

/// <summary>A bid for a lot: its price, its (moderated) score on each non-price criterion, and when it arrived.</summary>
public sealed record TenderBid(string Bidder, decimal Price, IReadOnlyDictionary<string, decimal> Scores, DateTimeOffset? Submitted = null);
