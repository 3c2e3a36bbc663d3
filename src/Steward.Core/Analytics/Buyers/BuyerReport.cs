namespace Steward.Core.Analytics.Buyers;

/// <summary>
/// <c>steward report buyers</c>: one pass over the processes gives every buyer's figures, then each buyer is set
/// against its peers (<see cref="PeerComparison"/>). Buyers are keyed by the organisation the buyer resolves to
/// (<see cref="ProcessView.BuyerId"/>), never by a publisher's own party id. Duplicates and (by default) processes
/// from publishers outside the UK are left out; a framework's or dynamic market's award values are its ceiling,
/// reported apart from the value awarded.
/// </summary>
public static class BuyerReport
{
    /// <summary>What a process's buyer is known by in the report: the organisation it resolves to.</summary>
    public static string? BuyerKey(ProcessView process) => process?.BuyerId;

    public static BuyerReportResult Compute(IEnumerable<ProcessView> processes, ReportWindow window, AnalyticsSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(processes);
        ArgumentNullException.ThrowIfNull(window);
        settings ??= AnalyticsSettings.Default;
        var buyers = new Dictionary<string, BuyerAccumulator>(StringComparer.Ordinal);
        int read = 0, inWindow = 0, withoutBuyer = 0, undated = 0, duplicates = 0, notUk = 0;
        foreach (var process in processes)
        {
            read++;
            switch (Counting.Excluded(process, settings))
            {
                case Counting.ExcludedDuplicate:
                    duplicates++;
                    continue;
                case Counting.ExcludedNotUk:
                    notUk++;
                    continue;
            }

            if (process.ReportDate is null)
            {
                undated++;
            }

            var key = BuyerKey(process);
            if (key is null)
            {
                withoutBuyer++;
                continue;
            }

            var processCounts = window.Contains(process.ReportDate);
            var awards = process.Awards.Where(a => Counting.Counts(a) && window.Contains(ReportWindow.AwardDate(a, process))).ToList();
            if (!processCounts && awards.Count == 0)
            {
                continue;
            }

            if (!buyers.TryGetValue(key, out var buyer))
            {
                buyer = new BuyerAccumulator(key);
                buyers[key] = buyer;
            }

            if (processCounts)
            {
                inWindow++;
                buyer.AddProcess(process, settings);
            }

            buyer.AddAwards(awards, process, settings.VerifiedMissionSuppliers);
        }

        var figures = buyers.Values.Select(b => b.Finish()).OrderBy(b => b.BuyerId, StringComparer.Ordinal).ToList();
        return new BuyerReportResult(PeerComparison.Apply(figures, settings.MinimumPeerProcesses, settings.MinimumPeerBuyers),
            new ReportCoverage(read, inWindow, withoutBuyer, undated) { Duplicates = duplicates, NotUk = notUk });
    }
}

/// <summary>The buyers, and what the report read.</summary>
public sealed record BuyerReportResult(IReadOnlyList<BuyerFigures> Buyers, ReportCoverage Coverage);

/// <summary>
/// Processes read; first published in the window; left out for want of a buyer; without any date (these fall
/// outside any window that has a bound); left out as duplicates of another process; left out as published outside
/// the UK.
/// </summary>
public sealed record ReportCoverage(int ProcessesRead, int ProcessesInWindow, int ProcessesWithoutBuyer, int ProcessesUndated)
{
    public int Duplicates { get; init; }

    public int NotUk { get; init; }
}
