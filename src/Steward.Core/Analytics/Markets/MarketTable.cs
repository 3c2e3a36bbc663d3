namespace Steward.Core.Analytics.Markets;

/// <summary>The market report as one row per market and year.</summary>
public static class MarketTable
{
    private static readonly string[] Columns =
    [
        "cpv", "region", "year", "processes", "awards", "value", "suppliers", "hhi", "top4Share", "entries", "exits", "smeShare",
        "vcseShare", "medianAwardValue", "awardsValued", "attributedValue",
    ];

    public static ReportTable From(IReadOnlyList<MarketFigures> markets)
    {
        ArgumentNullException.ThrowIfNull(markets);
        return new ReportTable("markets", Columns, markets.Select(m => (IReadOnlyList<object?>)
        [
            m.Cpv, m.Region, m.Year, m.Processes, m.Awards, m.Value, m.Suppliers, m.Hhi, m.Top4Share, m.Entries, m.Exits, m.SmeShare,
            m.VcseShare, m.MedianAwardValue, m.AwardsValued, m.AttributedValue,
        ]));
    }
}
