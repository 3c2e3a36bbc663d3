namespace Steward.Data.Entities;

/// <summary>
/// A bid in a tender box (table <c>sealed_bids</c>). Its content (price, answers, commitments, costs) is encrypted
/// with a key of its own, which is wrapped by the procurement's key; only who bid, for which lot, when, and the
/// receipt's hash are in the clear. The audit trail records the same and never the content.
/// </summary>
public class SealedBidRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The tender box (tender_boxes.id).</summary>
    public string BoxId { get; set; } = string.Empty;

    public string Lot { get; set; } = string.Empty;

    /// <summary>The bidding supplier organisation (account_organisations.id).</summary>
    public string SupplierId { get; set; } = string.Empty;

    /// <summary><c>submitted</c>, <c>withdrawn</c> or <c>superseded</c> (by a later submission for the same lot).</summary>
    public string Status { get; set; } = "submitted";

    public DateTime SubmittedAt { get; set; }

    public DateTime? WithdrawnAt { get; set; }

    /// <summary>Received after the deadline (PA 2023 s.19(3)(d)).</summary>
    public bool Late { get; set; }

    /// <summary>For a late bid: <c>admitted</c> or <c>refused</c>, once decided, with the reason and who decided.</summary>
    public string? LateDecision { get; set; }

    public string? LateReason { get; set; }

    public string? LateDecidedBy { get; set; }

    /// <summary>The receipt's content hash (<c>sha256:…</c>, BidFingerprint).</summary>
    public string ContentHash { get; set; } = string.Empty;

    /// <summary>The bid's own key, sealed with the procurement's key.</summary>
    public byte[] WrappedKey { get; set; } = [];

    /// <summary>BID.json, sealed with the bid's key: nonce, tag and ciphertext.</summary>
    public byte[] Content { get; set; } = [];

    string IAuditedRow.AuditSubject => $"bid:{Id}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["box"] = BoxId,
        ["lot"] = Lot,
        ["supplier"] = SupplierId,
        ["status"] = Status,
        ["hash"] = ContentHash,
        ["late"] = Late ? "true" : null,
        ["lateDecision"] = LateDecision,
    };
}
