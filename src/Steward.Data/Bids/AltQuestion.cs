namespace Steward.Data.Bids;

/// <summary>A buyer's question to a supplier about its possibly abnormally low price (PA 2023 s.19(4)), and the supplier's answer so far.</summary>
public sealed record AltQuestion(string BidId, string Tender, string Lot, string Flag, DateTimeOffset AskedAt, string? Explanation, string? Decision);
