namespace Steward.Data.Bids;

/// <summary>
/// What a supplier keeps of a submission: when it was received and the hash of exactly what was sealed (BidFingerprint),
/// with its status. The content itself is not shown back, not even to the supplier, until the box is opened.
/// </summary>
public sealed record BidReceipt(
    string BidId,
    string DesignId,
    string Ocid,
    string Title,
    string Lot,
    string SupplierId,
    DateTimeOffset SubmittedAt,
    string ContentHash,
    string Status,
    bool Late,
    DateTimeOffset Deadline);
