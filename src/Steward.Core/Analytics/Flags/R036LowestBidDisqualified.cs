namespace Steward.Core.Analytics.Flags;

/// <summary>R036 (Cardinal): the lowest submitted bid was disqualified in a process that was awarded.</summary>
public sealed class R036LowestBidDisqualified(FlagSettings settings) : Indicator(settings)
{
    public override string Code => "R036";

    public override string Name => "Lowest bid disqualified";

    protected override string Rule =>
        "an active award exists, a valid bid has an amount, and the lowest submitted bid (in the currency) was disqualified; OCDS Cardinal R036";

    public override void Observe(ProcessView process)
    {
        if (!BidRules.PriceComparable(process, Settings) || !BidRules.Active(process).Any())
        {
            return;
        }

        Eligible++;
        var priced = process.Bids.Where(b => BidCounts.IsSubmitted(b) && b.Value is not null &&
                                             string.Equals(b.Currency, Settings.Currency, StringComparison.OrdinalIgnoreCase)).ToList();
        if (priced.Count == 0 || !priced.Any(BidCounts.IsValid))
        {
            return;
        }

        WithData++;
        var lowest = priced[0];
        foreach (var bid in priced.Skip(1))
        {
            lowest = bid.Value < lowest.Value ? bid : lowest;
        }

        if (BidCounts.IsDisqualified(lowest))
        {
            Raise("process", process.Ocid, BuyerOf(process), lowest.Tenderers.Count > 0 ? lowest.Tenderers[0] : null, lowest.Value,
                $"the lowest bid ({lowest.BidId}, {lowest.Value:N2}) was disqualified");
        }
    }
}
