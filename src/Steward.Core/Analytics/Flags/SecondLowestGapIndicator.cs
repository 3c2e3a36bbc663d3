namespace Steward.Core.Analytics.Flags;

/// <summary>
/// The common part of R024 and R058: both gather, over all processes, the gap between the winner's bid and the
/// next lowest (<see cref="BidRules.SecondLowestGap"/>) and fence its distribution, R024 from below and R058 from above.
/// </summary>
public abstract class SecondLowestGapIndicator(FlagSettings settings) : Indicator(settings)
{
    /// <summary>The gaps gathered: the process, the gap, the winner and runner-up and their bids.</summary>
    protected List<(ProcessSubject Process, double Ratio, string Winner, string Second, double WinnerAmount, double SecondAmount)> Gaps { get; } = [];

    public sealed override void Observe(ProcessView process)
    {
        if (!BidRules.PriceComparable(process, Settings))
        {
            return;
        }

        Eligible++;
        if (BidRules.SecondLowestGap(process, Settings) is { } gap)
        {
            WithData++;
            Gaps.Add((ProcessSubject.Of(process), gap.Ratio, gap.Winner, gap.Second, gap.WinnerAmount, gap.SecondAmount));
        }
    }
}
