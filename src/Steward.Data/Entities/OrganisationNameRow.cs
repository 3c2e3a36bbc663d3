namespace Steward.Data.Entities;

/// <summary>A name an organisation has been published under (table <c>organisation_names</c>).</summary>
public class OrganisationNameRow
{
    public string OrganisationId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}
