namespace Steward.Core.Analytics.Flags;

/// <summary>
/// R025 (Cardinal): a tenderer that bids often (valid bids in at least the 75th percentile of tenderers) but rarely
/// wins (win ratio at or below the lower fence): it may be bidding to cover for others.
/// </summary>
public sealed class R025ExcessiveUnsuccessfulBids(FlagSettings settings) : Indicator(settings)
{
    private readonly Dictionary<string, (int Won, int Bid)> _tenderers = new(StringComparer.Ordinal);

    public override string Code => "R025";

    public override string Name => "Excessive unsuccessful bids";

    public override string Subject => "tenderer";

    protected override string Rule =>
        $"tenderers with valid bids in ≥ P{Settings.R025Percentile:0} of tenderers and win ratio (processes won / processes bid) ≤ Q1 − 1.5 × IQR of win ratios, when Q1 and the fence are above 0; " +
        "processes with final awards, one active award with one supplier, single-tenderer valid bids; OCDS Cardinal R025";

    public override void Observe(ProcessView process)
    {
        Eligible++;
        if (!BidRules.AwardsFinal(process) || BidRules.SoleWinner(process) is not { } winner)
        {
            return;
        }

        var tenderers = process.Bids.Where(b => BidCounts.IsValid(b) && b.TendererCount == 1 && b.Tenderers.Count == 1)
            .Select(b => b.Tenderers[0]).ToHashSet(StringComparer.Ordinal);
        if (tenderers.Count == 0)
        {
            return;
        }

        WithData++;
        foreach (var tenderer in tenderers)
        {
            var (won, bid) = _tenderers.GetValueOrDefault(tenderer);
            _tenderers[tenderer] = (won + (tenderer == winner ? 1 : 0), bid + 1);
        }
    }

    protected override void Complete()
    {
        var bids = _tenderers.Values.Select(t => (double)t.Bid).Order().ToList();
        var often = Statistics.Quantile(bids, Settings.R025Percentile / 100);
        Fence = Fenced(_tenderers.Values.Select(t => (double)t.Won / t.Bid), Settings.R025Threshold, upper: false);
        var q1 = Settings.R025Threshold is null ? Fence.Q1 : 1;
        if (Fence.Fence is not { } fence || q1 is not > 0 || fence <= 0 || double.IsNaN(often))
        {
            return;
        }

        foreach (var (tenderer, (won, bid)) in _tenderers.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var ratio = (double)won / bid;
            if (bid >= often && ratio <= fence)
            {
                Raise("tenderer", null, null, tenderer, Math.Round(ratio, 6),
                    $"won {won} of the {bid} processes it bid in ({ratio:P1}); bidders with {often:0.#} or more bids are compared, and the lower fence of win ratios is {fence:P1} ({Fence.Kind})");
            }
        }
    }
}
