namespace Steward.Core.Analytics.Flags;

/// <summary>R030 (Cardinal): a valid bid dated after the submission deadline belongs to a supplier of an active award.</summary>
public sealed class R030LateBidWon(FlagSettings settings) : Indicator(settings)
{
    public override string Code => "R030";

    public override string Name => "Late bid won";

    protected override string Rule =>
        "a valid bid whose date is after tenderPeriod.endDate is from a supplier of an active award (dates compared as instants, not as text); OCDS Cardinal R030";

    public override void Observe(ProcessView process)
    {
        Eligible++;
        if (process.TenderEnd is not { } deadline || process.Bids.Count == 0)
        {
            return;
        }

        var winners = BidRules.Active(process).SelectMany(a => a.Suppliers).Select(s => s.OrganisationId).ToHashSet(StringComparer.Ordinal);
        var dated = process.Bids.Where(b => BidCounts.IsValid(b) && b.Date is not null).ToList();
        if (winners.Count == 0 || dated.Count == 0)
        {
            return;
        }

        WithData++;
        foreach (var bid in dated.Where(b => b.Date > deadline))
        {
            foreach (var tenderer in bid.Tenderers.Where(winners.Contains))
            {
                Raise("process", process.Ocid, BuyerOf(process), tenderer, (bid.Date!.Value - deadline).TotalHours,
                    $"bid {bid.BidId} was received {bid.Date:yyyy-MM-dd HH:mm} UTC, after the deadline {deadline:yyyy-MM-dd HH:mm} UTC, and its tenderer won");
            }
        }
    }
}
