namespace Steward.Data.Entities;

/// <summary>An organisation an award went to (table <c>award_suppliers</c>).</summary>
public class AwardSupplierRow
{
    public string Ocid { get; set; } = string.Empty;

    public string AwardId { get; set; } = string.Empty;

    public string OrganisationId { get; set; } = string.Empty;

    public OrganisationRow? Organisation { get; set; }
}
