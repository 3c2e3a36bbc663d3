namespace Steward.Data.Entities;

/// <summary>An award (table <c>awards</c>).</summary>
public class AwardRow
{
    public string Ocid { get; set; } = string.Empty;

    public string AwardId { get; set; } = string.Empty;

    public string? Status { get; set; }

    public DateTime? Date { get; set; }

    public double? Value { get; set; }

    public string? Currency { get; set; }

    /// <summary>Related lot ids, comma-separated.</summary>
    public string? RelatedLots { get; set; }

    /// <summary>How many suppliers the award lists (<c>suppliers[]</c>), whether or not each resolves to an organisation.</summary>
    public int SupplierCount { get; set; }
}
