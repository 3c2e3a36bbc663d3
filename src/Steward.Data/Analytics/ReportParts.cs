namespace Steward.Data.Analytics;

/// <summary>The child rows each report reads (docs/indicators.md names the fields behind them).</summary>
public static class ReportParts
{
    public const ViewParts Buyers = ViewParts.Lots | ViewParts.Criteria | ViewParts.Awards | ViewParts.Bids | ViewParts.BidStatistics;

    public const ViewParts Markets = ViewParts.Awards | ViewParts.Regions;

    public const ViewParts Suppliers = ViewParts.Awards | ViewParts.Regions;

    public const ViewParts Flags = ViewParts.Lots | ViewParts.Awards | ViewParts.Contracts | ViewParts.Bids | ViewParts.BidStatistics |
                                   ViewParts.Classifications | ViewParts.Notices;
}
