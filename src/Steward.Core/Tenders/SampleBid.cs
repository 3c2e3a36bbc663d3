namespace Steward.Core.Tenders;

/// <summary>A made-up bid: its quality as a share of every quality mark, and its price.</summary>
public sealed record SampleBid(string Bidder, decimal QualityPercent, decimal Price);
