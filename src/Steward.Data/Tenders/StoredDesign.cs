namespace Steward.Data.Tenders;

/// <summary>A design as the store holds it: its DESIGN.json, status and, once published, its OCID and release count.</summary>
public sealed record StoredDesign(
    string Id,
    string OrganisationId,
    string Title,
    string Json,
    string Status,
    string? Ocid,
    int Releases,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt)
{
    public bool Published => Status == "published";
}
