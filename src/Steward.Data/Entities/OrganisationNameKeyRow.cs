namespace Steward.Data.Entities;

/// <summary>
/// A name key an organisation is known by (table <c>organisation_name_keys</c>): a party without a register
/// identifier that has this key is that organisation (<see cref="Core.Processes.OrganisationKeys.NameKey"/>).
/// </summary>
public class OrganisationNameKeyRow
{
    public string NameKey { get; set; } = string.Empty;

    public string OrganisationId { get; set; } = string.Empty;
}
