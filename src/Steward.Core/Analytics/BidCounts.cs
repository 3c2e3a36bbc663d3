namespace Steward.Core.Analytics;

/// <summary>
/// How many bids a lot received (docs/indicators.md, "Bids per competed lot"): the <c>bids</c> bid statistic for
/// the lot, else the submitted bids in <c>bids.details</c> for it, else, for a single-lot process,
/// <c>tender.numberOfTenderers</c>. A statistic or bid without <c>relatedLot</c> belongs to a single-lot
/// process's only lot.
/// </summary>
public static class BidCounts
{
    /// <summary>
    /// A bid was submitted when it has a status other than <c>invited</c> or <c>withdrawn</c> (as OCDS Cardinal
    /// counts submitted bids).
    /// </summary>
    public static bool IsSubmitted(BidView bid)
    {
        ArgumentNullException.ThrowIfNull(bid);
        return bid.Status is { } status && !string.Equals(status, "invited", StringComparison.OrdinalIgnoreCase) &&
               !string.Equals(status, "withdrawn", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsValid(BidView bid) => string.Equals(bid?.Status, "valid", StringComparison.Ordinal);

    public static bool IsDisqualified(BidView bid) => string.Equals(bid?.Status, "disqualified", StringComparison.Ordinal);

    /// <summary>The lot's bid count, or null when the process does not say.</summary>
    public static int? ForLot(ProcessView process, LotView lot)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(lot);
        var single = process.Lots.Count <= 1;
        bool Belongs(string? lotId) => lotId == lot.LotId || (lotId is null && single);

        var statistic = process.BidStatistics.FirstOrDefault(s => s.Measure == "bids" && s.Value is >= 0 && Belongs(s.LotId));
        if (statistic is not null)
        {
            return (int)statistic.Value!.Value;
        }

        if (process.Bids.Count > 0)
        {
            var submitted = process.Bids.Count(b => IsSubmitted(b) && (b.RelatedLots.Count == 0 ? single : b.RelatedLots.Contains(lot.LotId)));
            if (submitted > 0)
            {
                return submitted;
            }
        }

        return single ? process.NumberOfTenderers : null;
    }
}
