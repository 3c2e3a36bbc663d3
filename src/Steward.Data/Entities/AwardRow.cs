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

    /// <summary>
    /// How many distinct suppliers the award lists (<c>suppliers[]</c>): the organisations they resolve to, plus each
    /// listed supplier that resolves to none.
    /// </summary>
    public int SupplierCount { get; set; }

    /// <summary>Listed suppliers that resolve to no organisation but published an SME scale.</summary>
    public int UnresolvedSme { get; set; }

    /// <summary>Listed suppliers that resolve to no organisation but published a non-SME scale (large, selfEmployed).</summary>
    public int UnresolvedNotSme { get; set; }

    /// <summary>Listed suppliers that resolve to no organisation but published VCSE true.</summary>
    public int UnresolvedVcse { get; set; }
}
