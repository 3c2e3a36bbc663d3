namespace Steward.Core.Analytics.Flags;

/// <summary>
/// R038 (Cardinal): a buyer, or a tenderer, whose share of disqualified bids among submitted bids is at or above the
/// upper fence (Q3 + 1.5·IQR) of its group. Cardinal also fences procuring entities; Steward does not store them yet.
/// </summary>
public sealed class R038ExcessiveDisqualifiedBids(FlagSettings settings) : Indicator(settings)
{
    private readonly Dictionary<string, (int Disqualified, int Submitted)> _buyers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Disqualified, int Submitted)> _tenderers = new(StringComparer.Ordinal);

    public override string Code => "R038";

    public override string Name => "Excessive disqualified bids";

    public override string Subject => "buyer or tenderer";

    protected override string Rule =>
        $"disqualified / submitted bids ≥ Q3 + 1.5 × IQR of that ratio among buyers (with ≥ {Settings.R038MinimumBuyerBids} submitted bids) " +
        $"and among tenderers (with ≥ {Settings.R038MinimumSubmittedBids}), when the fence is above 0; OCDS Cardinal R038";

    public override void Observe(ProcessView process)
    {
        Eligible++;
        var submitted = process.Bids.Where(BidCounts.IsSubmitted).ToList();
        if (submitted.Count == 0)
        {
            return;
        }

        WithData++;
        var disqualified = submitted.Count(BidCounts.IsDisqualified);
        if (BuyerOf(process) is { } buyer)
        {
            var (d, s) = _buyers.GetValueOrDefault(buyer);
            _buyers[buyer] = (d + disqualified, s + submitted.Count);
        }

        foreach (var bid in submitted)
        {
            foreach (var tenderer in bid.Tenderers)
            {
                var (d, s) = _tenderers.GetValueOrDefault(tenderer);
                _tenderers[tenderer] = (d + (BidCounts.IsDisqualified(bid) ? 1 : 0), s + 1);
            }
        }
    }

    protected override void Complete()
    {
        var buyerFence = Flag(_buyers, Settings.R038MinimumBuyerBids, "buyer");
        var tendererFence = Flag(_tenderers, Settings.R038MinimumSubmittedBids, "tenderer");
        Fence = tendererFence.Values >= buyerFence.Values ? tendererFence : buyerFence;
        Fence = Fence with { Kind = $"{Fence.Kind}; buyers: fence {Show(buyerFence.Fence)} over {buyerFence.Values}, tenderers: fence {Show(tendererFence.Fence)} over {tendererFence.Values}" };
    }

    private FenceSummary Flag(Dictionary<string, (int Disqualified, int Submitted)> group, int minimum, string subject)
    {
        var kept = group.Where(g => g.Value.Submitted >= minimum).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var fence = Fenced(kept.Select(g => (double)g.Value.Disqualified / g.Value.Submitted), Settings.R038Threshold, upper: true);
        if (fence.Fence is not { } limit || limit <= 0)
        {
            return fence;
        }

        foreach (var (id, (disqualified, submitted)) in kept)
        {
            var ratio = (double)disqualified / submitted;
            if (ratio >= limit)
            {
                Raise(subject, null, subject == "buyer" ? id : null, subject == "tenderer" ? id : null, Math.Round(ratio, 6),
                    $"{disqualified} of {submitted} submitted bids disqualified ({ratio:P1}); the upper fence among {subject}s is {limit:P1} ({fence.Kind})");
            }
        }

        return fence;
    }

    private static string Show(double? value) => value is { } v ? v.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) : "none";
}
