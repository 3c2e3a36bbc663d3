namespace Steward.Core.Analytics.Flags;

/// <summary>
/// R024 (Cardinal): the second-lowest valid bid is unusually close to the winning bid, (second − winner) / winner
/// at or below the lower fence (Q1 − 1.5·IQR over all processes), which can point to cover bidding.
/// </summary>
public sealed class R024PriceCloseToWinningBid(FlagSettings settings) : SecondLowestGapIndicator(settings)
{
    public override string Code => "R024";

    public override string Name => "Price close to winning bid";

    protected override string Rule =>
        "(second-lowest valid bid − winning bid) / winning bid ≤ Q1 − 1.5 × IQR of that ratio over all processes, when Q1 and the fence are above 0; " +
        "one active award with one supplier, awards final, single-tenderer valid bids in the currency; OCDS Cardinal R024";

    protected override void Complete()
    {
        Fence = Fenced(Gaps.Select(g => g.Ratio), Settings.R024Threshold, upper: false);
        var q1 = Settings.R024Threshold is null ? Fence.Q1 : 1;
        if (Fence.Fence is not { } fence || q1 is not > 0 || fence <= 0)
        {
            return;
        }

        foreach (var gap in Gaps.Where(g => g.Ratio <= fence))
        {
            Raise("process", gap.Process.Ocid, gap.Process.BuyerId, gap.Winner, Math.Round(gap.Ratio, 6),
                $"second-lowest bid {gap.SecondAmount:N2} (from {gap.Second}) is {gap.Ratio:P2} above the winning bid {gap.WinnerAmount:N2}; the lower fence is {fence:P2} ({Fence.Kind})");
        }
    }
}
