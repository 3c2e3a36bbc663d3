namespace Steward.Data.Entities;

/// <summary>
/// A supplier's counted value in one market (CPV division × region, all years; table <c>figure_supplier_markets</c>),
/// so that a market's page can name its largest suppliers without reading every supplier.
/// </summary>
public class FigureSupplierMarketRow
{
    /// <summary>"cpv|region", as <see cref="FigureProcessRow.Market"/>.</summary>
    public string Market { get; set; } = string.Empty;

    public string SupplierId { get; set; } = string.Empty;

    public double Value { get; set; }
}
