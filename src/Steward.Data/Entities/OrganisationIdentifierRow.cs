namespace Steward.Data.Entities;

/// <summary>A register identifier of an organisation (table <c>organisation_identifiers</c>).</summary>
public class OrganisationIdentifierRow
{
    public string Scheme { get; set; } = string.Empty;

    public string Identifier { get; set; } = string.Empty;

    public string OrganisationId { get; set; } = string.Empty;
}
