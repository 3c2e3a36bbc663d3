namespace Steward.Data.Entities;

/// <summary>A bid statistic (table <c>bid_statistics</c>).</summary>
public class BidStatisticRow
{
    public string Ocid { get; set; } = string.Empty;

    public int Ordinal { get; set; }

    public string Measure { get; set; } = string.Empty;

    public double? Value { get; set; }

    public string? LotId { get; set; }

    public string? Currency { get; set; }
}
