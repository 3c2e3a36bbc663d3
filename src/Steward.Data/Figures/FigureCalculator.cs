using Steward.Core.Analytics;
using Steward.Core.Analytics.Buyers;
using Steward.Core.Analytics.Markets;
using Steward.Core.Analytics.Suppliers;
using Steward.Data.Entities;

namespace Steward.Data.Figures;

/// <summary>
/// The stored figures of the processes given, by the same code as the reports (Steward.Core/Analytics): each pass
/// is exact for an entity when it is given all of that entity's processes, in ocid order (the order the reports
/// add them up in, so that sums agree to the last bit). What is relative to everyone (peers, supplier shares of a
/// market, entries and exits against a year nobody traded in) is left for reading (<see cref="StoredFigures"/>).
/// </summary>
internal static class FigureCalculator
{
    /// <summary>
    /// Buyers' figures (without peers), their years and markets, and each process's own row. The years and markets are
    /// finished as they are enumerated, once, each buyer's forgotten as it goes (<see cref="BuyerTrends.TakeYears"/>).
    /// </summary>
    /// <param name="processes">The processes.</param>
    /// <param name="settings">What counts.</param>
    /// <param name="processRows">False when the caller takes each process's row itself (<see cref="ProcessRow"/>): none are returned.</param>
    public static (List<BuyerFigures> Buyers, IEnumerable<(string Id, StoredTrends Trends)> Trends, List<FigureProcessRow> Processes) Buyers(
        IEnumerable<ProcessView> processes, AnalyticsSettings settings, bool processRows = true)
    {
        var trends = new BuyerTrends(settings);
        var rows = new List<FigureProcessRow>();
        var report = BuyerReport.Compute(Tee(processes, p =>
        {
            if (processRows)
            {
                rows.Add(ProcessRow(p, settings));
            }

            trends.Add(p);
        }), ReportWindow.All, settings);
        var buyers = report.Buyers.Select(b => b with { Peers = null }).ToList();
        return (buyers, buyers.Select(b => (b.BuyerId, new StoredTrends(trends.TakeYears(b.BuyerId), trends.Markets(b.BuyerId)))), rows);
    }

    /// <summary>Suppliers' figures without names and shares (both are read with them), with each market's unrounded value.</summary>
    public static List<StoredSupplier> Suppliers(IEnumerable<ProcessView> processes, AnalyticsSettings settings)
    {
        var raw = new Dictionary<(string Supplier, MarketKey Market), double>();
        var watched = Tee(processes, process =>
        {
            if (Counting.Excluded(process, settings) is not null || process.SetsCeiling)
            {
                return;
            }

            var market = MarketKey.Of(process, CpvLevel.Division);
            foreach (var award in process.Awards.Where(Counting.Counts))
            {
                var value = Counting.Value(award.Value, award.Currency) / Counting.ListedSuppliers(award);
                foreach (var supplier in award.Suppliers)
                {
                    raw[(supplier.OrganisationId, market)] = raw.GetValueOrDefault((supplier.OrganisationId, market)) + (value ?? 0);
                }
            }
        });
        var suppliers = SupplierReport.Compute(watched, ReportWindow.All, CpvLevel.Division, _ => null, settings);
        return suppliers.Select(s => new StoredSupplier(
            s with { Markets = s.Markets.Select(m => m with { Share = null }).ToList() },
            s.Markets.Select(m => raw.GetValueOrDefault((s.SupplierId, new MarketKey(m.Cpv, m.Region)))).ToList())).ToList();
    }

    /// <summary>Market-years, and each market's total counted value (what suppliers' shares are of).</summary>
    public static (IReadOnlyList<MarketFigures> Markets, Dictionary<string, double> Totals) Markets(IEnumerable<ProcessView> processes, AnalyticsSettings settings)
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        var watched = Tee(processes, process =>
        {
            if (Counting.Excluded(process, settings) is not null || process.SetsCeiling)
            {
                return;
            }

            var market = Market(MarketKey.Of(process, CpvLevel.Division));
            foreach (var award in process.Awards.Where(Counting.Counts))
            {
                if (Counting.Value(award.Value, award.Currency) is { } value)
                {
                    totals[market] = totals.GetValueOrDefault(market) + value;
                }
            }
        });
        return (MarketReport.Compute(watched, ReportWindow.All, CpvLevel.Division, settings).Markets, totals);
    }

    public static string Market(MarketKey key) => $"{key.Cpv}|{key.Region}";

    /// <summary>The process's market and its part of the buyer and market reports' coverage (over every date, as the portal shows).</summary>
    public static FigureProcessRow ProcessRow(ProcessView process, AnalyticsSettings settings)
    {
        var key = MarketKey.Of(process, CpvLevel.Division);
        var row = new FigureProcessRow { Ocid = process.Ocid, Market = Market(key) };
        switch (Counting.Excluded(process, settings))
        {
            case Counting.ExcludedDuplicate:
                row.Duplicates = 1;
                row.Excluded = 1;
                return row;
            case Counting.ExcludedNotUk:
                row.NotUk = 1;
                row.Excluded = 1;
                return row;
            case not null:
                row.Excluded = 1;
                return row;
        }

        row.Undated = process.ReportDate is null ? 1 : 0;
        row.WithoutBuyer = BuyerReport.BuyerKey(process) is null ? 1 : 0;
        row.InWindow = 1 - row.WithoutBuyer;
        var counted = false;
        foreach (var award in process.Awards.Where(Counting.Counts))
        {
            if (process.SetsCeiling)
            {
                row.FrameworkAwards++;
            }
            else if (ReportWindow.AwardDate(award, process) is null)
            {
                row.AwardsUndated++;
            }
            else
            {
                counted = true;
            }
        }

        row.Unclassified = counted && key.Cpv == MarketKey.Unclassified ? 1 : 0;
        row.Unlocated = counted && key.Region == MarketKey.UnknownRegion ? 1 : 0;
        return row;
    }

    /// <summary>Passes <paramref name="processes"/> through, doing <paramref name="each"/> to each first.</summary>
    public static IEnumerable<ProcessView> Tee(IEnumerable<ProcessView> processes, Action<ProcessView> each)
    {
        foreach (var process in processes)
        {
            each(process);
            yield return process;
        }
    }
}

/// <summary>A buyer's figures year by year and its spend by CPV division.</summary>
public sealed record StoredTrends(IReadOnlyList<BuyerYear> Years, IReadOnlyList<BuyerMarketSpend> Markets);

/// <summary>A supplier's figures as stored: without its name or market shares, with each market's unrounded value, in the same order.</summary>
public sealed record StoredSupplier(SupplierFigures Figures, IReadOnlyList<double> MarketValues);
