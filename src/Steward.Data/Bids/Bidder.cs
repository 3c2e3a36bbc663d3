namespace Steward.Data.Bids;

/// <summary>A supplier that bid, by name only, with the lots it bid for: what evaluators see to declare their interests.</summary>
public sealed record Bidder(string SupplierId, string Name, string? Identifier, IReadOnlyList<string> Lots);
