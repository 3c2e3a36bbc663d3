using System.Data.Common;
using System.Globalization;
using Steward.Core.Analytics;
using Steward.Core.Analytics.Buyers;
using Steward.Core.Analytics.Flags;
using Steward.Core.Analytics.Markets;
using Steward.Core.Analytics.Suppliers;
using Steward.Data.Analytics;
using Steward.Data.Portal;

namespace Steward.Data.Figures;

/// <summary>
/// Reads the stored figures (docs/store.md "Stored figures", ADR 0015) as the reports would compute them over the
/// whole store: what is relative to everyone is finished here, from the stored figures alone (peers from every
/// buyer's figures, suppliers' shares from the markets' totals, names from the directory, entries and exits
/// against the years any market traded in, coverage summed over the processes' rows).
/// </summary>
public static class StoredFigures
{
    /// <summary>What the stored figures were computed for, or null when there are none to trust (before <c>steward db rebuild</c>).</summary>
    public static FigureState? State(DatabaseTarget target) =>
        Query(target, connection => Body(connection, FigureState.Kind, "") is { } body ? FigureJson.Read<FigureState>(body) : null);

    /// <summary>The processes' version the figures must have been computed for to be exact (<see cref="FigureState.ReadVersion"/>).</summary>
    public static string Version(DatabaseTarget target) => Query(target, connection => FigureState.ReadVersion(connection, null));

    public static BuyerReportResult Buyers(DatabaseTarget target, AnalyticsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Query(target, connection =>
        {
            var buyers = Bodies<BuyerFigures>(connection, "buyer").OrderBy(b => b.BuyerId, StringComparer.Ordinal).ToList();
            var coverage = StoreQuery.List(connection,
                "SELECT count(*), sum(in_window), sum(without_buyer), sum(undated), sum(duplicates), sum(not_uk) FROM figure_processes", StoreQuery.With(),
                r => new ReportCoverage(Count(r, 0), Count(r, 1), Count(r, 2), Count(r, 3)) { Duplicates = Count(r, 4), NotUk = Count(r, 5) })[0];
            return new BuyerReportResult(PeerComparison.Apply(buyers, settings.MinimumPeerProcesses, settings.MinimumPeerBuyers), coverage);
        });
    }

    /// <summary>One buyer's years and markets, or null.</summary>
    public static StoredTrends? Trends(DatabaseTarget target, string buyerId) =>
        Query(target, connection => Body(connection, "trends", buyerId) is { } body ? FigureJson.Read<StoredTrends>(body) : null);

    public static IReadOnlyList<SupplierFigures> Suppliers(DatabaseTarget target)
    {
        var names = OrganisationDirectory.Names(target);
        return Query(target, connection =>
        {
            var totals = MarketTotals(connection);
            var codes = new HashSet<string>(StringComparer.Ordinal);
            return Bodies<StoredSupplier>(connection, "supplier").Select(s => Finish(s, names.GetValueOrDefault(s.Figures.SupplierId), totals, codes))
                .OrderByDescending(s => s.AwardValue).ThenBy(s => s.SupplierId, StringComparer.Ordinal).ToList();
        });
    }

    /// <summary>One supplier's figures with its name and market shares, or null when it has none.</summary>
    public static SupplierFigures? Supplier(DatabaseTarget target, string supplierId) => Suppliers(target, [supplierId]) is [var one] ? one : null;

    /// <summary>
    /// The suppliers' figures from <paramref name="offset"/> (from 0), at most <paramref name="take"/>, in the order of
    /// <see cref="Suppliers(DatabaseTarget)"/>, read through the suppliers list (ADR 0016) rather than all at once.
    /// </summary>
    public static IReadOnlyList<SupplierFigures> Suppliers(DatabaseTarget target, int offset, int take)
    {
        var query = new SupplierListQuery();
        return Suppliers(target, [.. SupplierList.Page(target, query, SupplierList.Count(target, query), offset, take).Select(l => l.SupplierId)]);
    }

    /// <summary>
    /// The figures, with names and market shares, of the suppliers <paramref name="ids"/> names, in that order, leaving
    /// out any without figures: read on one connection, a thousand at a time.
    /// </summary>
    public static IReadOnlyList<SupplierFigures> Suppliers(DatabaseTarget target, IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return Query(target, connection =>
        {
            var totals = MarketTotals(connection);
            var read = new Dictionary<string, SupplierFigures>(StringComparer.Ordinal);
            foreach (var chunk in ids.Chunk(1_000))
            {
                var keys = chunk.Select((_, i) => $"@k{i}").ToList();
                StoreQuery.Each(connection, $"""
                    SELECT f.key, f.body, o.name FROM figures f LEFT JOIN organisations o ON o.id = f.key
                    WHERE f.kind = 'supplier' AND f.key IN ({string.Join(", ", keys)})
                    """,
                    StoreQuery.With([.. chunk.Select((id, i) => (keys[i], (object?)id))]),
                    r => read[r.GetString(0)] = Finish(FigureJson.Read<StoredSupplier>(r.GetString(1)), r.IsDBNull(2) ? null : r.GetString(2), totals, null));
            }

            return (IReadOnlyList<SupplierFigures>)[.. ids.Where(read.ContainsKey).Select(id => read[id])];
        });
    }

    /// <summary>Each market's total counted value ("cpv|region"): what suppliers' shares are of.</summary>
    private static Dictionary<string, double> MarketTotals(DbConnection connection)
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        StoreQuery.Each(connection, "SELECT key, body FROM figures WHERE kind = 'market-total'", StoreQuery.With(),
            r => totals[r.GetString(0)] = FigureJson.Read<double>(r.GetString(1)));
        return totals;
    }

    /// <summary>
    /// A stored supplier with its name and its share of each market. With <paramref name="codes"/>, each market's CPV
    /// and region codes, and each scale, are held once however many suppliers share them: at 271,354 suppliers with
    /// 699,290 market shares these were 1.4 million copies of a few hundred strings (docs/performance.md, "The whole
    /// UK record's size").
    /// </summary>
    private static SupplierFigures Finish(StoredSupplier stored, string? name, Dictionary<string, double> totals, HashSet<string>? codes)
    {
        string? Once(string? code)
        {
            if (code is null || codes is null)
            {
                return code;
            }

            if (codes.TryGetValue(code, out var kept))
            {
                return kept;
            }

            codes.Add(code);
            return code;
        }

        return stored.Figures with
        {
            Name = name,
            Scale = Once(stored.Figures.Scale),
            Markets = stored.Figures.Markets.Select((m, i) => m with
            {
                Cpv = Once(m.Cpv)!,
                Region = Once(m.Region)!,
                Share = totals.GetValueOrDefault($"{m.Cpv}|{m.Region}") is > 0 and var total ? Math.Round(stored.MarketValues[i] / total, 4) : null,
            }).ToList(),
        };
    }

    public static MarketReportResult Markets(DatabaseTarget target) => Query(target, connection =>
    {
        var markets = Bodies<MarketFigures>(connection, "market");
        var years = markets.Select(m => m.Year).ToHashSet();
        var figures = markets
            .Select(m => !years.Contains(m.Year - 1) ? m with { Entries = null, Exits = null } : m.Entries is null ? m with { Entries = m.Suppliers, Exits = 0 } : m)
            .OrderBy(m => m.Year).ThenBy(m => m.Cpv, StringComparer.Ordinal).ThenBy(m => m.Region, StringComparer.Ordinal).ToList();
        var coverage = StoreQuery.List(connection,
            "SELECT count(*), sum(awards_undated), sum(unclassified), sum(unlocated), sum(excluded), sum(framework_awards) FROM figure_processes", StoreQuery.With(),
            r => new MarketCoverage(Count(r, 0), Count(r, 1), Count(r, 2), Count(r, 3)) { ProcessesExcluded = Count(r, 4), FrameworkAwards = Count(r, 5) })[0];
        return new MarketReportResult(figures, coverage);
    });

    /// <summary>The red flags as last recomputed (<see cref="FigureState.FlagsVersion"/> says for which version).</summary>
    public static FlagReportResult Flags(DatabaseTarget target) => Query(target, connection =>
    {
        var summary = Body(connection, "flag-summary", "") is { } body ? FigureJson.Read<FlagReportResult>(body) : new FlagReportResult(0, 0, [], []);
        var flags = new List<(string Key, RedFlag Flag)>();
        StoreQuery.Each(connection, "SELECT key, body FROM figures WHERE kind = 'flag'", StoreQuery.With(),
            r => flags.Add((r.GetString(0), FigureJson.Read<RedFlag>(r.GetString(1)))));
        return summary with { Flags = [.. flags.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Flag)] };
    });

    private static int Count(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? 0 : Convert.ToInt32(reader.GetValue(column), CultureInfo.InvariantCulture);

    private static string? Body(DbConnection connection, string kind, string key) =>
        StoreQuery.Scalar(connection, "SELECT body FROM figures WHERE kind = @kind AND key = @key", StoreQuery.With(("@kind", kind), ("@key", key))) as string;

    /// <summary>Every figure of a kind, each read as it comes (never all the JSON at once).</summary>
    private static List<T> Bodies<T>(DbConnection connection, string kind)
    {
        var rows = new List<T>();
        StoreQuery.Each(connection, "SELECT body FROM figures WHERE kind = @kind", StoreQuery.With(("@kind", kind)), r => rows.Add(FigureJson.Read<T>(r.GetString(0))));
        return rows;
    }

    internal static T Query<T>(DatabaseTarget target, Func<DbConnection, T> read)
    {
        ArgumentNullException.ThrowIfNull(target);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            return read(connection);
        });
    }
}
