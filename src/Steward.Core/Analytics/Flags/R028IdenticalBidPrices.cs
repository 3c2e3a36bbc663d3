namespace Steward.Core.Analytics.Flags;

/// <summary>R028 (Cardinal): different tenderers submitted bids at exactly the same price in one process.</summary>
public sealed class R028IdenticalBidPrices(FlagSettings settings) : Indicator(settings)
{
    public override string Code => "R028";

    public override string Name => "Identical bid prices";

    protected override string Rule =>
        "two submitted bids with the same amount and currency from different sets of tenderers; OCDS Cardinal R028";

    public override void Observe(ProcessView process)
    {
        if (!BidRules.PriceComparable(process, Settings))
        {
            return;
        }

        Eligible++;
        var priced = process.Bids.Where(b => BidCounts.IsSubmitted(b) && b.Tenderers.Count > 0 && b.Value is not null && b.Currency is not null).ToList();
        if (priced.Count < 2)
        {
            return;
        }

        WithData++;
        var seen = new Dictionary<(double, string), HashSet<string>>();
        var flagged = new SortedSet<string>(StringComparer.Ordinal);
        double? price = null;
        foreach (var bid in priced)
        {
            var key = (bid.Value!.Value, bid.Currency!.ToUpperInvariant());
            var tenderers = bid.Tenderers.ToHashSet(StringComparer.Ordinal);
            if (seen.TryGetValue(key, out var earlier) && !earlier.SetEquals(tenderers))
            {
                flagged.UnionWith(earlier);
                flagged.UnionWith(tenderers);
                price ??= bid.Value;
            }

            seen[key] = tenderers;
        }

        if (flagged.Count > 0)
        {
            Raise("process", process.Ocid, BuyerOf(process), null, price,
                $"{flagged.Count} tenderers submitted bids at the identical price {price:N2}: {string.Join(", ", flagged)}");
        }
    }
}
