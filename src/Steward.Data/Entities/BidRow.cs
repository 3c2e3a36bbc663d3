namespace Steward.Data.Entities;

/// <summary>One bid from <c>bids.details</c> (table <c>bids</c>).</summary>
public class BidRow
{
    public string Ocid { get; set; } = string.Empty;

    public string BidId { get; set; } = string.Empty;

    /// <summary>pending, valid, disqualified or withdrawn.</summary>
    public string? Status { get; set; }

    public DateTime? Date { get; set; }

    public double? Value { get; set; }

    public string? Currency { get; set; }

    /// <summary>Related lot ids, comma-separated.</summary>
    public string? RelatedLots { get; set; }

    /// <summary>How many tenderers the bid lists, whether or not each resolves to an organisation.</summary>
    public int TendererCount { get; set; }
}
