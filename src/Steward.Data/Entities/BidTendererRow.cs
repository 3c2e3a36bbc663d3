namespace Steward.Data.Entities;

/// <summary>An organisation that submitted (or shared in) a bid (table <c>bid_tenderers</c>).</summary>
public class BidTendererRow
{
    public string Ocid { get; set; } = string.Empty;

    public string BidId { get; set; } = string.Empty;

    public string OrganisationId { get; set; } = string.Empty;
}
