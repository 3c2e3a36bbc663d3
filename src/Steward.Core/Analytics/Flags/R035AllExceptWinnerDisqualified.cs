namespace Steward.Core.Analytics.Flags;

/// <summary>R035 (Cardinal): only the winner's bids were valid, and at least one other tenderer was disqualified.</summary>
public sealed class R035AllExceptWinnerDisqualified(FlagSettings settings) : Indicator(settings)
{
    public override string Code => "R035";

    public override string Name => "All except winning bid disqualified";

    protected override string Rule =>
        $"awards final; exactly one tenderer has valid bids and it holds every active award; ≥ {Settings.R035Threshold} other tenderers disqualified; OCDS Cardinal R035";

    public override void Observe(ProcessView process)
    {
        Eligible++;
        if (!BidRules.AwardsFinal(process))
        {
            return;
        }

        WithData++;
        var suppliers = BidRules.Active(process).SelectMany(a => a.Suppliers).Select(s => s.OrganisationId).ToHashSet(StringComparer.Ordinal);
        var valid = process.Bids.Where(BidCounts.IsValid).SelectMany(b => b.Tenderers).ToHashSet(StringComparer.Ordinal);
        var disqualified = process.Bids.Where(BidCounts.IsDisqualified).SelectMany(b => b.Tenderers).Where(t => !valid.Contains(t))
            .ToHashSet(StringComparer.Ordinal);
        var threshold = Math.Max(1, Settings.R035Threshold);
        if (valid.Count == 1 && valid.SetEquals(suppliers) && disqualified.Count >= threshold)
        {
            Raise("process", process.Ocid, BuyerOf(process), valid.First(), disqualified.Count,
                $"the winner was the only tenderer with a valid bid; {disqualified.Count} other tenderers were disqualified");
        }
    }
}
