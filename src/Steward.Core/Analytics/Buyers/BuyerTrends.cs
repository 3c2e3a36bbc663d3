using Steward.Core.Analytics.Markets;

namespace Steward.Core.Analytics.Buyers;

/// <summary>
/// One buyer's figures over time and across markets, for its page: the buyer report computed year by year (the
/// same definitions, docs/indicators.md), and its awarded value by CPV division.
/// </summary>
public static class BuyerTrends
{
    /// <summary>
    /// The buyer's figures for each calendar year its processes or awards are dated in, oldest first. Processes
    /// of other buyers in <paramref name="processes"/> are ignored.
    /// </summary>
    public static IReadOnlyList<BuyerYear> ByYear(IReadOnlyList<ProcessView> processes, string buyerId, AnalyticsSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(processes);
        var own = processes.Where(p => BuyerReport.BuyerKey(p) == buyerId).ToList();
        var years = own.SelectMany(p => p.Awards.Select(a => ReportWindow.AwardDate(a, p)).Append(p.ReportDate))
            .OfType<DateTime>().Select(d => d.Year).Distinct().Order().ToList();
        var result = new List<BuyerYear>();
        foreach (var year in years)
        {
            var window = new ReportWindow(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            if (BuyerReport.Compute(own, window, settings).Buyers.FirstOrDefault(b => b.BuyerId == buyerId) is { } figures)
            {
                result.Add(new BuyerYear(year, figures));
            }
        }

        return result;
    }

    /// <summary>The buyer's counted award value by CPV division (docs/indicators.md: GBP or no currency, above 1), largest first.</summary>
    public static IReadOnlyList<BuyerMarketSpend> ByMarket(IReadOnlyList<ProcessView> processes, string buyerId)
    {
        ArgumentNullException.ThrowIfNull(processes);
        var totals = new Dictionary<string, (int Awards, double Value)>(StringComparer.Ordinal);
        foreach (var process in processes.Where(p => BuyerReport.BuyerKey(p) == buyerId))
        {
            var cpv = MarketKey.Of(process, CpvLevel.Division).Cpv;
            foreach (var award in process.Awards.Where(Counting.Counts))
            {
                var (awards, value) = totals.GetValueOrDefault(cpv);
                totals[cpv] = (awards + 1, value + (Counting.Value(award.Value, award.Currency) ?? 0));
            }
        }

        var all = totals.Values.Sum(t => t.Value);
        return totals.Select(t => new BuyerMarketSpend(t.Key, t.Value.Awards, t.Value.Value, all > 0 ? t.Value.Value / all : null))
            .OrderByDescending(m => m.Value).ThenBy(m => m.Cpv, StringComparer.Ordinal).ToList();
    }
}

public sealed record BuyerYear(int Year, BuyerFigures Figures);

/// <summary>Awards counted and their value in one CPV division, and its share of the buyer's counted value.</summary>
public sealed record BuyerMarketSpend(string Cpv, int Awards, double Value, double? Share);
