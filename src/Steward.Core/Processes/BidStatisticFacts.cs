namespace Steward.Core.Processes;

/// <summary>One bid statistic (bids, smeBids, validBids…), per lot when it names one.</summary>
public sealed record BidStatisticFacts(int Ordinal, string Measure, decimal? Value, string? LotId, string? Currency);
