namespace Steward.Core.Analytics.Buyers;

/// <summary>
/// <c>steward report buyers</c>: one pass over the processes gives every buyer's figures, then each buyer is set
/// against its peers (<see cref="PeerComparison"/>). Buyers are keyed by <c>buyer.id</c>, else the buyer's name.
/// </summary>
public static class BuyerReport
{
    /// <summary>What a process's buyer is known by in the report: <c>buyer.id</c>, else the buyer's name.</summary>
    public static string? BuyerKey(ProcessView process) => process?.BuyerId ?? process?.BuyerName;

    public static BuyerReportResult Compute(IEnumerable<ProcessView> processes, ReportWindow window, AnalyticsSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(processes);
        ArgumentNullException.ThrowIfNull(window);
        settings ??= AnalyticsSettings.Default;
        var buyers = new Dictionary<string, BuyerAccumulator>(StringComparer.Ordinal);
        int read = 0, inWindow = 0, withoutBuyer = 0, undated = 0;
        foreach (var process in processes)
        {
            read++;
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

            foreach (var award in awards)
            {
                buyer.AddAward(award, process, settings.VerifiedMissionSuppliers);
            }
        }

        var figures = buyers.Values.Select(b => b.Finish()).OrderBy(b => b.BuyerId, StringComparer.Ordinal).ToList();
        return new BuyerReportResult(PeerComparison.Apply(figures, settings.MinimumPeerProcesses),
            new ReportCoverage(read, inWindow, withoutBuyer, undated));
    }
}

/// <summary>The buyers, and what the report read.</summary>
public sealed record BuyerReportResult(IReadOnlyList<BuyerFigures> Buyers, ReportCoverage Coverage);

/// <summary>
/// Processes read; first published in the window; left out for want of a buyer; without any date (these fall
/// outside any window that has a bound).
/// </summary>
public sealed record ReportCoverage(int ProcessesRead, int ProcessesInWindow, int ProcessesWithoutBuyer, int ProcessesUndated);
