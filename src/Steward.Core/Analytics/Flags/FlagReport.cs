namespace Steward.Core.Analytics.Flags;

/// <summary>
/// <c>steward flags</c>: every indicator over one pass of the processes. As in OCDS Cardinal, a process whose
/// tender is cancelled, or whose <c>procurementMethodDetails</c> is excluded in the settings, is not looked at; nor
/// is a duplicate of another process, nor (by default) a process published outside the UK (<see cref="Counting.Excluded"/>).
/// </summary>
public static class FlagReport
{
    /// <summary>Every indicator, in report order.</summary>
    public static IReadOnlyList<Indicator> Indicators(FlagSettings settings) =>
    [
        new R003ShortSubmissionPeriod(settings), new R018SingleBid(settings), new R024PriceCloseToWinningBid(settings),
        new R025ExcessiveUnsuccessfulBids(settings), new R028IdenticalBidPrices(settings), new R030LateBidWon(settings),
        new R035AllExceptWinnerDisqualified(settings), new R036LowestBidDisqualified(settings), new R038ExcessiveDisqualifiedBids(settings),
        new R048HeterogeneousSupplier(settings), new R058HeavilyDiscountedBid(settings),
        new Uk1ShortTenderPeriod(settings), new Uk2DirectAwardShare(settings), new Uk3ThresholdBunching(settings),
        new Uk4MissingContractDetailsNotice(settings),
    ];

    public static FlagReportResult Compute(IEnumerable<ProcessView> processes, FlagSettings? settings = null, AnalyticsSettings? analytics = null)
    {
        ArgumentNullException.ThrowIfNull(processes);
        settings ??= FlagSettings.Default;
        analytics ??= AnalyticsSettings.Default;
        var indicators = Indicators(settings);
        int read = 0, excluded = 0;
        foreach (var process in processes)
        {
            read++;
            if (Counting.Excluded(process, analytics) is not null || string.Equals(process.Status, "cancelled", StringComparison.OrdinalIgnoreCase) ||
                (process.ProcurementMethodDetails is { } details && settings.ExcludedMethodDetails.Contains(details, StringComparer.Ordinal)))
            {
                excluded++;
                continue;
            }

            foreach (var indicator in indicators)
            {
                indicator.Observe(process);
            }
        }

        var results = indicators.Select(i => i.Finish()).ToList();
        return new FlagReportResult(read, excluded, results.Select(r => r.Summary).ToList(), results.SelectMany(r => r.Flags).ToList());
    }
}

/// <summary>Processes read and excluded, each indicator's coverage and fence, and the flags.</summary>
public sealed record FlagReportResult(int ProcessesRead, int ProcessesExcluded, IReadOnlyList<IndicatorSummary> Indicators, IReadOnlyList<RedFlag> Flags);
