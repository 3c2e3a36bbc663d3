namespace Steward.Data.Entities;

/// <summary>
/// A file attached to a delivery report as evidence (table <c>delivery_files</c>): PDF, PNG, JPEG or CSV, its type
/// sniffed from its content. Only the contract's supplier and buyer may download it; it is never served inline.
/// </summary>
public class DeliveryFileRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    public string ReportId { get; set; } = string.Empty;

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long Size { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    public byte[] Content { get; set; } = [];

    public DateTime UploadedAt { get; set; }

    string IAuditedRow.AuditSubject => $"delivery-report:{ReportId}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["file"] = Id,
        ["sha256"] = Sha256,
        ["contentType"] = ContentType,
    };
}
