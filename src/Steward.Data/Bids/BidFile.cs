namespace Steward.Data.Bids;

/// <summary>A file a supplier attaches to a bid, named as its answers name it.</summary>
public sealed record BidFile(string Name, byte[] Content);
