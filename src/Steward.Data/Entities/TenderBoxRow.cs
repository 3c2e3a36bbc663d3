namespace Steward.Data.Entities;

/// <summary>
/// The sealed tender box of a published design (table <c>tender_boxes</c>): the procurement's key, wrapped by a key
/// of the key ring kept outside the database, and the opening (who asked, who confirmed, when). Nothing in it can
/// unwrap a bid without the key ring.
/// </summary>
public class TenderBoxRow : IAuditedRow
{
    /// <summary>The design's id (tender_designs.id): one box per published procurement.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The buyer organisation.</summary>
    public string OrganisationId { get; set; } = string.Empty;

    public string Ocid { get; set; } = string.Empty;

    /// <summary>Which key of the ring wraps <see cref="WrappedKey"/>.</summary>
    public string KeyId { get; set; } = string.Empty;

    /// <summary>The procurement's key (AES-256), sealed with the ring's key: nonce, tag and ciphertext.</summary>
    public byte[] WrappedKey { get; set; } = [];

    /// <summary><c>OnePerson</c> or <c>TwoPeople</c>, from the buyer's setting when the box was made.</summary>
    public string OpeningRule { get; set; } = "OnePerson";

    /// <summary>The audit actor who asked to open it (the first of two people).</summary>
    public string? OpeningRequestedBy { get; set; }

    public DateTime? OpeningRequestedAt { get; set; }

    public string? OpenedBy { get; set; }

    public DateTime? OpenedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    string IAuditedRow.AuditSubject => $"box:{Id}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["organisation"] = OrganisationId,
        ["ocid"] = Ocid,
        ["openingRule"] = OpeningRule,
        ["keyId"] = KeyId,
        ["openingRequestedBy"] = OpeningRequestedBy,
        ["openedBy"] = OpenedBy,
    };
}
