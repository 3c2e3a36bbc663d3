namespace Steward.Core.Analytics.Suppliers;

/// <summary>The supplier report as one row per supplier and market (one row with empty market columns for a supplier with framework places only).</summary>
public static class SupplierTable
{
    private static readonly string[] Columns =
        ["supplierId", "name", "scale", "vcse", "awards", "awardValue", "frameworkPlaces", "buyers", "cpv", "region", "marketAwards", "marketValue", "marketShare"];

    public static ReportTable From(IReadOnlyList<SupplierFigures> suppliers)
    {
        ArgumentNullException.ThrowIfNull(suppliers);
        return new ReportTable("suppliers", Columns, suppliers.SelectMany(s =>
            (s.Markets.Count == 0 ? [null] : s.Markets.Cast<SupplierMarketShare?>()).Select(m => (IReadOnlyList<object?>)
            [
                s.SupplierId, s.Name, s.Scale, s.Vcse, s.Awards, s.AwardValue, s.FrameworkPlaces, s.Buyers, m?.Cpv, m?.Region, m?.Awards, m?.Value, m?.Share,
            ])));
    }
}
