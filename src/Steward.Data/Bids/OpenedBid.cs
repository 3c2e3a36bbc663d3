using Steward.Core.Evaluation.Bids;

namespace Steward.Data.Bids;

/// <summary>A bid read from an opened box: who, when, whether late, its content and its files' names.</summary>
public sealed record OpenedBid(
    string BidId,
    string Lot,
    string SupplierId,
    string SupplierName,
    DateTimeOffset SubmittedAt,
    bool Late,
    string? LateDecision,
    string ContentHash,
    BidContent Content,
    IReadOnlyList<(string Id, string Name, long Size)> Files);
