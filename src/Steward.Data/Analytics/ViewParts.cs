namespace Steward.Data.Analytics;

/// <summary>Which of a process's child rows a report needs; the reader skips the tables it is not asked for.</summary>
[Flags]
public enum ViewParts
{
    None = 0,
    Lots = 1,
    Criteria = 2,
    Awards = 4,
    Contracts = 8,
    Bids = 16,
    BidStatistics = 32,
    Classifications = 64,
    Regions = 128,
    Notices = 256,

    /// <summary>Every part (a process page).</summary>
    All = Lots | Criteria | Awards | Contracts | Bids | BidStatistics | Classifications | Regions | Notices,
}
