namespace Steward.Data.Entities;

/// <summary>
/// A document a supplier uploaded to back its profile (table <c>evidence_files</c>), and a verifier's check of it.
/// The bytes are kept here or, when a folder is configured, in a file named by their SHA-256. Only the supplier and
/// verifiers may read it; it is never served inline.
/// </summary>
public class EvidenceFileRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The supplier organisation (account_organisations.id) that uploaded it.</summary>
    public string OrganisationId { get; set; } = string.Empty;

    /// <summary><c>accounts</c>, <c>governing-document</c>, <c>workforce-return</c> or <c>register-extract</c>.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The profile fields the supplier says it backs, comma-separated (JSON names).</summary>
    public string Covers { get; set; } = string.Empty;

    /// <summary>The file's name as uploaded (cleaned), for the download.</summary>
    public string FileName { get; set; } = string.Empty;

    /// <summary>The type its content was found to be (sniffed, not as declared): application/pdf, image/png, image/jpeg.</summary>
    public string ContentType { get; set; } = string.Empty;

    public long Size { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    /// <summary>The bytes, when kept in the store (else null, and they are in the configured folder).</summary>
    public byte[]? Content { get; set; }

    public DateTime UploadedAt { get; set; }

    /// <summary><c>submitted</c>, <c>verified</c> or <c>rejected</c>.</summary>
    public string Status { get; set; } = "submitted";

    /// <summary>What the verifier found it covers, comma-separated.</summary>
    public string? VerifiedCovers { get; set; }

    /// <summary>Who checked it, as a role and organisation ("Verifier, Anytown Council"), never a person's name.</summary>
    public string? VerifiedBy { get; set; }

    public DateOnly? VerifiedOn { get; set; }

    public DateOnly? ValidUntil { get; set; }

    /// <summary>The verifier's reason, when rejected.</summary>
    public string? Note { get; set; }

    string IAuditedRow.AuditSubject => $"evidence:{Id}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["organisation"] = OrganisationId,
        ["kind"] = Kind,
        ["sha256"] = Sha256,
        ["status"] = Status,
        ["covers"] = VerifiedCovers ?? Covers,
        ["validUntil"] = ValidUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
