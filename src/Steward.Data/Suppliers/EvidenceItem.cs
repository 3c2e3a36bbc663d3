namespace Steward.Data.Suppliers;

/// <summary>An uploaded piece of evidence and where its check stands (no content: see <see cref="SupplierPortal.Content"/>).</summary>
public sealed record EvidenceItem(string Id, string OrganisationId, string OrganisationName, string Kind, IReadOnlyList<string> Covers, string FileName,
    string ContentType, long Size, string Sha256, DateTime UploadedAt, string Status, IReadOnlyList<string> VerifiedCovers, string? VerifiedBy,
    DateOnly? VerifiedOn, DateOnly? ValidUntil, string? Note);
