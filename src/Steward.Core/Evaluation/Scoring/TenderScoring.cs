using Steward.Core.Common;

namespace Steward.Core.Evaluation.Scoring;

/// <summary>Scores every lot of a design on the bids made for it (<c>steward tenders score</c>).</summary>
public static class TenderScoring
{
    public static Result<IReadOnlyList<LotResult>> Score(IReadOnlyList<LotDesign> lots, IReadOnlyList<(string Lot, TenderBid Bid)> bids)
    {
        ArgumentNullException.ThrowIfNull(lots);
        ArgumentNullException.ThrowIfNull(bids);
        var known = lots.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (lot, bid) in bids.Where(b => !known.Contains(b.Lot)).Take(1))
        {
            return new Error("BID_LOT_UNKNOWN", $"bids: {bid.Bidder}'s bid is for lot \"{lot}\", which the design does not have (lots: {string.Join(", ", known)})");
        }

        return lots.Select(lot => LotScoring.Score(lot, [.. bids.Where(b => b.Lot == lot.Id).Select(b => b.Bid)])).ToList();
    }
}
