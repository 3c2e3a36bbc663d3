namespace Steward.Data.Entities;

/// <summary>A file attached to a bid (table <c>sealed_bid_files</c>), sealed with the bid's key like the rest of it.</summary>
public class SealedBidFileRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    public string BidId { get; set; } = string.Empty;

    /// <summary>The file's name as the bid names it, sealed too (nonce, tag, ciphertext): a name can say too much.</summary>
    public byte[] Name { get; set; } = [];

    public long Size { get; set; }

    /// <summary>The bytes, sealed with the bid's key.</summary>
    public byte[] Content { get; set; } = [];

    string IAuditedRow.AuditSubject => $"bid:{BidId}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["file"] = Id,
        ["size"] = Size.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
