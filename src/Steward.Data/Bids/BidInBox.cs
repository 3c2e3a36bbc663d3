namespace Steward.Data.Bids;

/// <summary>
/// A bid in an opened or closed box as its buyer's overview lists it: who, which lot, when, whether late and what was
/// decided, whether it is assessed, and how far its moderation has come. No content.
/// </summary>
public sealed record BidInBox(
    string BidId,
    string Lot,
    string SupplierId,
    string SupplierName,
    DateTimeOffset SubmittedAt,
    bool Late,
    string? LateDecision,
    bool Assessed,
    int Moderated,
    int Criteria,
    string? AbnormallyLow);
