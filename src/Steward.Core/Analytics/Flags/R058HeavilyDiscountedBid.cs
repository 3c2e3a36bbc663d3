namespace Steward.Core.Analytics.Flags;

/// <summary>
/// R058 (Cardinal): the winning bid is far below the next lowest, (second − winner) / winner at or above the upper
/// fence (Q3 + 1.5·IQR over all processes): a "lemon" bid that may not be deliverable at its price.
/// </summary>
public sealed class R058HeavilyDiscountedBid(FlagSettings settings) : SecondLowestGapIndicator(settings)
{
    public override string Code => "R058";

    public override string Name => "Heavily discounted bid";

    protected override string Rule =>
        "(second-lowest valid bid − winning bid) / winning bid ≥ Q3 + 1.5 × IQR of that ratio over all processes, when the fence is above 0; OCDS Cardinal R058";

    protected override void Complete()
    {
        Fence = Fenced(Gaps.Select(g => g.Ratio), Settings.R058Threshold, upper: true);
        if (Fence.Fence is not { } fence || fence <= 0)
        {
            return;
        }

        foreach (var gap in Gaps.Where(g => g.Ratio >= fence))
        {
            Raise("process", gap.Process.Ocid, gap.Process.BuyerId, gap.Winner, Math.Round(gap.Ratio, 6),
                $"the next lowest bid {gap.SecondAmount:N2} is {gap.Ratio:P2} above the winning bid {gap.WinnerAmount:N2}; the upper fence is {fence:P2} ({Fence.Kind})");
        }
    }
}
