using Steward.Core.Analytics;
using Steward.Core.Analytics.Flags;
using Steward.Core.Suppliers;
using Steward.Data.Analytics;
using Steward.Data.Entities;
using Steward.Data.Ingest;
using Steward.Data.Suppliers;

namespace Steward.Data.Figures;

/// <summary>
/// Keeps the stored figures (docs/store.md "Stored figures", ADR 0015) exact inside an import's transaction: it
/// notes the buyers, suppliers and markets of the processes the import touches before the rebuild
/// (<see cref="Before"/>) and after it (<see cref="After"/>), then recomputes just those from all of their
/// processes. It works only from figures exact for the store as it was (the state row's version and settings);
/// otherwise it drops the state, the portal computes in memory, and <see cref="Refresh"/> recomputes everything.
/// </summary>
internal sealed class FigureMaintainer(StoreSession session, DatabaseTarget target)
{
    private const string Buyers = "figure_touched_buyers", Suppliers = "figure_touched_suppliers", Markets = "figure_touched_markets";
    private const string Affected = ReleaseApplier.Affected;
    private const ViewParts ProcessParts = ReportParts.Buyers | ViewParts.Regions;

    /// <summary>
    /// About how many processes a chunk of buyers or suppliers is read with (<see cref="ChunkSize"/>). 1,000 rather than
    /// 4,000: as fast within the noise, and a 1.5-million-release first import's peak 1.04-1.15 GB → 0.91 GB
    /// (docs/performance.md, "Each thread's time").
    /// </summary>
    private const int ProcessesPerChunk = 1_000;

    /// <summary>
    /// Up to how many processes the buyers' figures read are kept for the suppliers' and markets' (<see cref="_kept"/>):
    /// an import touching more (the whole record into an empty store) reads each chunk again, so memory stays bounded.
    /// About 85 MB at 14,670 processes of the UK size mix (an import's peak about 340 → 480 MB; docs/performance.md).
    /// Into an empty store, the same limit decides whether every figure and the red flags come from one read
    /// (<see cref="EveryFigureInOnePass"/>, which holds every supplier's totals and every flag, and on SQLite no view).
    /// </summary>
    private const int KeptProcesses = 25_000;

    /// <summary>For tests: another limit than <see cref="KeptProcesses"/> for imports on this logical thread (0: keep none).</summary>
    internal static readonly AsyncLocal<int?> KeptProcessesForTests = new();

    /// <summary>For tests: told, on each import on this logical thread, whether its figures kept the buyers' views.</summary>
    internal static readonly AsyncLocal<Action<bool>?> KeepingObservedForTests = new();

    /// <summary>For tests: told, on each import on this logical thread, how it read the processes for its figures.</summary>
    internal static readonly AsyncLocal<Action<FiguresRead>?> ReadObservedForTests = new();

    /// <summary>How an import's figures read the processes they are computed from (<see cref="After"/>).</summary>
    internal enum FiguresRead
    {
        /// <summary>A few buyers, suppliers or markets at a time (an import into a store that had processes).</summary>
        InChunks,

        /// <summary>Every figure from one streamed read (<see cref="EveryFigureInOnePass"/>).</summary>
        EveryFigureInOnePass,

        /// <summary>The buyers' and markets' figures from one streamed read, the suppliers' in chunks (<see cref="BuyersAndMarketsInOnePass"/>).</summary>
        BuyersAndMarketsInOnePass,
    }

    private AnalyticsSettings _settings = AnalyticsSettings.Default;
    private FigureState? _state;
    private string _version = string.Empty;
    private bool _empty;
    private bool _active;
    private TimeProvider _clock = TimeProvider.System;

    /// <summary>
    /// Within <see cref="After"/>: the views read for the buyers' figures, by ocid, when few enough to keep (null
    /// otherwise); they hold every part the suppliers' and markets' figures read, and nothing they read is written
    /// in between, so those take them from here instead of reading the same processes twice more.
    /// </summary>
    private Dictionary<string, ProcessView>? _kept;

    /// <summary>
    /// Outside a transaction, before an import: the settings stored figures are kept for (the defaults, with the
    /// register's verified set as of today), and what the figures and the store were before it.
    /// </summary>
    public void Prepare(TimeProvider clock)
    {
        _clock = clock;
        _settings = AnalyticsSettings.Default with
        {
            VerifiedMissionSuppliers = RegisterReport.VerifiedMissionSuppliers(target, ClassificationRules.Default,
                DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), clock),
        };
        _state = ReadState(session);
        _version = FigureState.ReadVersion(session.Connection, null);
        _empty = session.Scalar("SELECT count(*) FROM (SELECT 1 FROM processes LIMIT 1) p") == 0; // not a count of the store: every collector page asks
    }

    /// <summary>In the transaction, with <c>affected_ocids</c> filled and before the rebuild: notes what those processes were part of.</summary>
    public void Before(params string[] organisations)
    {
        _active = _empty || (_state is not null && _state.Fits(_version, FigureState.SettingsOf(_settings)));
        if (_empty)
        {
            session.Execute("DELETE FROM figures");
            session.Execute("DELETE FROM figure_processes");
            SupplierListWriter.DeleteAll(session);
        }

        if (!_active)
        {
            session.Execute("DELETE FROM figures WHERE kind = @p0", FigureState.Kind);
            return;
        }

        foreach (var table in new[] { Buyers, Suppliers, Markets })
        {
            session.PrepareTemp(table, "id TEXT PRIMARY KEY");
        }

        foreach (var organisation in organisations)
        {
            session.Execute($"INSERT INTO {Buyers} (id) VALUES (@p0) ON CONFLICT DO NOTHING", organisation);
            session.Execute($"INSERT INTO {Suppliers} (id) VALUES (@p0) ON CONFLICT DO NOTHING", organisation);
        }

        Note();
        session.Execute($"INSERT INTO {Markets} (id) SELECT DISTINCT market FROM figure_processes WHERE ocid IN (SELECT ocid FROM {Affected}) ON CONFLICT DO NOTHING");
    }

    /// <summary>In the transaction, after the rebuild: recomputes the figures of everything noted, and of what the rebuild made them part of.</summary>
    public void After()
    {
        if (!_active)
        {
            return;
        }

        Note();
        var analysed = Analyse(AnalysedTables);

        // Organisations the rebuild merged into others: their processes moved (and were rebuilt), so their figures go.
        session.Execute($"INSERT INTO {Buyers} (id) SELECT key FROM figures WHERE kind = 'buyer' AND key IN (SELECT alias FROM organisation_aliases) ON CONFLICT DO NOTHING");
        session.Execute($"INSERT INTO {Suppliers} (id) SELECT key FROM figures WHERE kind = 'supplier' AND key IN (SELECT alias FROM organisation_aliases) ON CONFLICT DO NOTHING");

        // The buyers' figures are computed again from all their processes (BuyersAndProcesses).
        session.Execute($"DELETE FROM figures WHERE kind IN ('buyer', 'trends') AND key IN (SELECT id FROM {Buyers})");
        var buyerProcesses = session.Scalar($"SELECT count(*) FROM processes WHERE buyer_id IN (SELECT id FROM {Buyers})");
        // The views kept are those of the buyers' processes and of the affected processes without a buyer, each once.
        var withoutBuyer = session.Scalar($"SELECT count(*) FROM processes WHERE buyer_id IS NULL AND ocid IN (SELECT ocid FROM {Affected})");
        _kept = buyerProcesses + withoutBuyer <= (KeptProcessesForTests.Value ?? KeptProcesses)
            ? new Dictionary<string, ProcessView>(StringComparer.Ordinal) : null;
        KeepingObservedForTests.Value?.Invoke(_kept is not null);

        // Into an empty store, every figure and the red flags are computed from one read of the store when its views are
        // few enough to hold (EveryFigureInOnePass), so the flags are exact at this transaction's commit instead of after
        // a second read of the whole store (Refresh); beyond that, on SQLite, the buyers' and markets' figures
        // (BuyersAndMarketsInOnePass). Otherwise a few buyers, suppliers or markets at a time.
        var read = !_empty ? FiguresRead.InChunks
            : _kept is not null ? FiguresRead.EveryFigureInOnePass
            : FiguresRead.BuyersAndMarketsInOnePass;
        ReadObservedForTests.Value?.Invoke(read);
        FlagReportResult? flags = null;
        switch (read)
        {
            case FiguresRead.EveryFigureInOnePass:
                flags = EveryFigureInOnePass();
                break;
            case FiguresRead.BuyersAndMarketsInOnePass:
                BuyersAndMarketsInOnePass();
                SuppliersNoted();
                break;
            default:
                BuyersAndProcesses(buyerProcesses, analysed);
                SuppliersAndMarkets();
                break;
        }

        _kept = null;
        if (flags is not null)
        {
            WriteFlags(session, flags);
        }

        // Otherwise the flags stay exact for the version before (an empty store has none), so the portal knows to compute them until Refresh.
        var version = FigureState.ReadVersion(session.Connection, session.Transaction);
        WriteState(session, flags is not null
            ? new FigureState(version, version, FigureState.SettingsOf(_settings), _clock.GetUtcNow().UtcDateTime) // all computed whole, as Refresh would
            : new FigureState(version, _empty ? null : _state?.FlagsVersion, FigureState.SettingsOf(_settings), _state?.ComputedAt ?? default));
    }

    /// <summary>
    /// Within <see cref="After"/>: the buyers' figures from all their processes, a few buyers at a time (memory stays
    /// bounded by the largest few); each process read gets its row again, and a process whose market moved (its buyer's
    /// region changed) moves its market's figures and its suppliers' with it.
    /// </summary>
    private void BuyersAndProcesses(long buyerProcesses, bool analysed)
    {
        var rows = new List<FigureProcessRow>();
        Overlapped(Chunks(Buyers, ChunkSize(Buyers, buyerProcesses, 16)),
            chunk => Keep(ReadOf(ProcessParts, $"SELECT ocid FROM processes WHERE buyer_id {InChunk(chunk)}")),
            views =>
            {
                var (buyers, trends, processes) = FigureCalculator.Buyers(views, _settings);
                return (Buyers: BuyerRows(buyers).ToList(), Trends: TrendRows(trends).ToList(), Processes: processes); // serialised here, on the worker
            },
            done =>
            {
                rows.AddRange(done.Processes);
                WriteFigures(session, "buyer", done.Buyers);
                WriteFigures(session, "trends", done.Trends);
            });

        rows.AddRange(FigureCalculator.Buyers(Keep(Read(ProcessParts,
            $"{{0}} IN (SELECT ocid FROM {Affected}) AND {{0}} IN (SELECT ocid FROM processes WHERE buyer_id IS NULL)")), _settings).Processes);

        session.PrepareTemp("figure_moved", "ocid TEXT PRIMARY KEY, market TEXT");
        using (var moved = session.Open("figure_moved", "ocid", "market"))
        {
            rows.ForEach(r => moved.Write(r.Ocid, r.Market));
            moved.Complete();
        }

        session.Execute($"""
            INSERT INTO {Markets} (id) SELECT f.market FROM figure_processes f JOIN figure_moved m ON m.ocid = f.ocid WHERE m.market <> f.market
            UNION SELECT m.market FROM figure_moved m LEFT JOIN figure_processes f ON f.ocid = m.ocid WHERE f.market IS NULL OR m.market <> f.market
            ON CONFLICT DO NOTHING
            """);
        session.Execute($"""
            INSERT INTO {Suppliers} (id) SELECT DISTINCT s.organisation_id FROM award_suppliers s JOIN figure_moved m ON m.ocid = s.ocid
            JOIN figure_processes f ON f.ocid = m.ocid WHERE m.market <> f.market ON CONFLICT DO NOTHING
            """);
        session.Execute($"DELETE FROM figure_processes WHERE ocid IN (SELECT ocid FROM figure_moved) OR ocid IN (SELECT ocid FROM {Affected})");
        WriteProcesses(session, rows);
        rows.Clear();
        if (analysed)
        {
            Analyse(["figure_processes"], always: true);
        }
    }

    /// <summary>
    /// Within <see cref="After"/>, into an empty store with too many processes to keep their views (the whole record
    /// at once): every buyer's and market's figures from one read of the store, each table read through in ocid order
    /// (<see cref="ProcessViewReader.StreamWithin"/>) and the two computed alongside on workers (<see cref="ViewFanOut"/>),
    /// instead of reads a chunk at a time whose processes are scattered over the tables (about three times as slow a
    /// process: docs/performance.md). Memory holds every buyer's and market's totals at once, year by year: bounded by
    /// how many buyers and markets there are (tens of thousands in the whole UK record), not by the processes. The
    /// suppliers (hundreds of thousands, and more every year) are still computed a chunk at a time, so that memory stays
    /// bounded by design. On PostgreSQL the read goes through cursors and the processes' rows are written between their
    /// fetches (<see cref="InterleavedSink"/>): only the import's own connection sees its rows.
    /// </summary>
    private void BuyersAndMarketsInOnePass()
    {
        // Each process's row is written as it is read, on the connection (the store had none: Before), not held to the end
        // (on PostgreSQL a few thousand at a time, between the cursors' fetches).
        ((List<Core.Analytics.Buyers.BuyerFigures> Buyers, IEnumerable<(string Id, StoredTrends Trends)> Trends, List<FigureProcessRow> _) Buyers,
            (IReadOnlyList<Core.Analytics.Markets.MarketFigures>, Dictionary<string, double>) Markets) results;
        using (var processes = InterleavedProcessSink(session))
        {
            var views = FigureCalculator.Tee(ProcessViewReader.StreamWithin(session.Connection, session.Transaction, ProcessParts),
                view => WriteProcess(processes, FigureCalculator.ProcessRow(view, _settings)));
            results = ViewFanOut.Run(views,
                views => FigureCalculator.Buyers(views, _settings, processRows: false),
                views => FigureCalculator.Markets(views, _settings));
            processes.Complete();
        }

        WriteBuyers(session, results.Buyers.Buyers, results.Buyers.Trends);
        results.Buyers.Buyers.Clear();
        WriteMarkets(session, results.Markets);
    }

    /// <summary>
    /// Within <see cref="After"/>, into an empty store with few enough processes to keep their views (up to
    /// <see cref="KeptProcesses"/>): every figure from one read of the store, with the buyers', markets' and suppliers'
    /// figures and the red flags computed alongside on workers of their own (each serialising its rows there), instead
    /// of one after another on this thread (docs/performance.md, "Every figure of a new store in one read"). The read is
    /// streamed as in <see cref="BuyersAndMarketsInOnePass"/>, the workers computing while this thread reads. Returns the
    /// red flags, computed over every process of the store as <see cref="Refresh"/> would.
    /// </summary>
    private FlagReportResult EveryFigureInOnePass()
    {
        const ViewParts Parts = ProcessParts | ReportParts.Suppliers | ReportParts.Flags;
        var read = ProcessViewReader.StreamWithin(session.Connection, session.Transaction, Parts);
        (List<(string, string?, string)> Buyers, List<(string, string?, string)> Trends) buyers;
        (List<(string, string?, string)> Markets, List<(string, string?, string)> Totals) markets;
        (List<StoredSupplier> Suppliers, List<(string, string?, string)> Rows) suppliers;
        FlagReportResult flags;
        using (var processes = InterleavedProcessSink(session))
        {
            var views = FigureCalculator.Tee(read, view => WriteProcess(processes, FigureCalculator.ProcessRow(view, _settings)));
            (buyers, markets, suppliers, flags) = ViewFanOut.Run(views,
                views =>
                {
                    var (figures, trends, _) = FigureCalculator.Buyers(views, _settings, processRows: false);
                    return (BuyerRows(figures).ToList(), TrendRows(trends).ToList());
                },
                views => MarketRows(FigureCalculator.Markets(views, _settings)),
                views =>
                {
                    var all = FigureCalculator.Suppliers(views, _settings);
                    return (all, SupplierRows(all).ToList());
                },
                views => FlagReport.Compute(views, analytics: _settings));
            processes.Complete();
        }

        WriteFigures(session, "buyer", buyers.Buyers);
        WriteFigures(session, "trends", buyers.Trends);
        WriteFigures(session, "market", markets.Markets);
        WriteFigures(session, "market-total", markets.Totals);
        var deferred = DeferredIndexes.Drop(session, SupplierListWriter.Tables); // the list's sort indexes built after its lines (SuppliersNoted)
        WriteSuppliers(suppliers.Suppliers, suppliers.Rows, Names(string.Empty));
        deferred?.Restore();
        return flags;
    }

    /// <summary>Within <see cref="After"/>, once the buyers' figures are written: the suppliers' and the markets' of everything noted.</summary>
    private void SuppliersAndMarkets()
    {
        SuppliersNoted();
        MarketsNoted();
    }

    /// <summary>The suppliers' figures and list lines of every supplier noted, a chunk of suppliers at a time.</summary>
    private void SuppliersNoted()
    {
        session.Execute($"DELETE FROM figures WHERE kind = 'supplier' AND key IN (SELECT id FROM {Suppliers})");
        SupplierListWriter.Delete(session, $"SELECT id FROM {Suppliers}");
        // Into an empty store, the suppliers list's sort indexes are built after its lines, by sorting them, as the
        // rebuild's are (DeferredIndexes), not kept up to date line by line in random order (docs/performance.md).
        var deferred = _empty ? DeferredIndexes.Drop(session, SupplierListWriter.Tables) : null;
        Overlapped(Chunks(Suppliers, ChunkSize(Suppliers, session.Scalar($"SELECT count(*) FROM award_suppliers WHERE organisation_id IN (SELECT id FROM {Suppliers})"), 256)),
            chunk => (Touched: Ids(chunk), Names: Names($"WHERE id IN (SELECT id FROM {chunk})"),
                Views: Kept($"SELECT ocid FROM award_suppliers WHERE organisation_id {InChunk(chunk)}")
                       ?? ReadOf(ReportParts.Suppliers, $"SELECT ocid FROM award_suppliers WHERE organisation_id {InChunk(chunk)}")),
            read =>
            {
                var suppliers = FigureCalculator.Suppliers(read.Views, _settings).Where(s => read.Touched.Contains(s.Figures.SupplierId)).ToList();
                return (Suppliers: suppliers, Rows: SupplierRows(suppliers).ToList(), read.Names);
            },
            done => WriteSuppliers(done.Suppliers, done.Rows, done.Names));

        deferred?.Restore();
        if (!_empty) // into an empty store every line was just written, with the directory's names after the rebuild
        {
            SupplierListWriter.RefreshNames(session, $"SELECT organisation_id FROM process_parties WHERE ocid IN (SELECT ocid FROM {Affected})");
        }
    }

    /// <summary>The figures of every market noted, a chunk of markets at a time.</summary>
    private void MarketsNoted()
    {
        session.Execute($"DELETE FROM figures WHERE (kind = 'market' AND subject IN (SELECT id FROM {Markets})) OR (kind = 'market-total' AND key IN (SELECT id FROM {Markets}))");
        // A market's entries and exits depend on whether the store holds the year before in any market: a chunk knows
        // only its own markets' years, and StoredFigures.Markets settles them against every market's when it reads them.
        Overlapped(Chunks(Markets, ChunkSize(Markets, session.Scalar($"SELECT count(*) FROM figure_processes WHERE market IN (SELECT id FROM {Markets})"), 4)),
            chunk => Kept($"SELECT ocid FROM figure_processes WHERE market {InChunk(chunk)}")
                     ?? ReadOf(ReportParts.Markets, $"SELECT ocid FROM figure_processes WHERE market {InChunk(chunk)}"),
            views => MarketRows(FigureCalculator.Markets(views, _settings)),
            done =>
            {
                WriteFigures(session, "market", done.Markets);
                WriteFigures(session, "market-total", done.Totals);
            });
    }

    /// <summary>
    /// Outside any transaction: recomputes every figure when they are not exact for the store (a store from before
    /// stored figures, a register change), and the red flags when an import left them behind. Returns what it did.
    /// </summary>
    public string Refresh(TimeProvider clock, bool force)
    {
        Prepare(clock);
        var settings = FigureState.SettingsOf(_settings);
        var version = _version;
        var all = force || _state is null || !_state.Fits(version, settings);
        if (!all && _state!.FlagsFit(version))
        {
            return "up to date";
        }

        var flags = FlagReport.Compute(ProcessViewReader.Read(target, ReportParts.Flags), analytics: _settings);
        session.Begin();
        try
        {
            if (all)
            {
                var (buyers, trends, rows) = FigureCalculator.Buyers(ProcessViewReader.Read(target, ProcessParts), _settings);
                session.Execute("DELETE FROM figures");
                session.Execute("DELETE FROM figure_processes");
                WriteProcesses(session, rows);
                rows.Clear();
                WriteBuyers(session, buyers, trends);
                buyers.Clear();
                SupplierListWriter.DeleteAll(session);
                var suppliers = FigureCalculator.Suppliers(ProcessViewReader.Read(target, ReportParts.Suppliers), _settings);
                WriteFigures(session, "supplier", suppliers.Select(s => (s.Figures.SupplierId, (string?)null, FigureJson.Write(s))));
                var names = Names("");
                SupplierListWriter.Write(session, suppliers, id => names.GetValueOrDefault(id));
                suppliers.Clear();
                WriteMarkets(session, FigureCalculator.Markets(ProcessViewReader.Read(target, ReportParts.Markets), _settings));
            }

            WriteFlags(session, flags);
            WriteState(session, new FigureState(version, version, settings, clock.GetUtcNow().UtcDateTime));
            session.Commit();
        }
        catch
        {
            session.Rollback();
            throw;
        }

        return all ? "recomputed" : "flags recomputed";
    }

    private void Note()
    {
        session.Execute($"INSERT INTO {Buyers} (id) SELECT DISTINCT buyer_id FROM processes WHERE buyer_id IS NOT NULL AND ocid IN (SELECT ocid FROM {Affected}) ON CONFLICT DO NOTHING");
        session.Execute($"INSERT INTO {Suppliers} (id) SELECT DISTINCT organisation_id FROM award_suppliers WHERE ocid IN (SELECT ocid FROM {Affected}) ON CONFLICT DO NOTHING");
    }

    /// <summary>
    /// How many of the entities in <paramref name="table"/> to compute at a time: about <see cref="ProcessesPerChunk"/>
    /// processes' worth (<paramref name="processes"/>: how many the entities have), never fewer than <paramref name="least"/>. A store of
    /// tens of thousands of buyers with a handful of processes each would otherwise take thousands of small rounds of
    /// queries (a whole-record import touches every one); memory stays bounded by the chunk, as before.
    /// </summary>
    private int ChunkSize(string table, long processes, int least)
    {
        var entities = session.Scalar($"SELECT count(*) FROM {table}");
        if (entities == 0)
        {
            return least;
        }

        var perEntity = Math.Max(1.0, (double)processes / entities);
        return (int)Math.Clamp(ProcessesPerChunk / perEntity, least, 65_536);
    }

    /// <summary>The ids in <paramref name="table"/>, <paramref name="size"/> at a time, each chunk put in a temporary table whose name is returned.</summary>
    private IEnumerable<string> Chunks(string table, int size)
    {
        const string Chunk = "figure_chunk";
        foreach (var ids in Ids(table).Order(StringComparer.Ordinal).Chunk(size))
        {
            session.PrepareTemp(Chunk, "id TEXT PRIMARY KEY");
            using (var sink = session.Open(Chunk, "id"))
            {
                foreach (var id in ids)
                {
                    sink.Write(id);
                }

                sink.Complete();
            }

            yield return Chunk;
        }
    }

    private List<ProcessView> Read(ViewParts parts, string condition) =>
        ProcessViewReader.ReadWithin(session.Connection, session.Transaction, parts, ProcessScope.Where(condition));

    /// <summary>
    /// The views of the processes <paramref name="ocids"/> selects (a query of one column). On PostgreSQL the ocids are
    /// gathered first, once, into a table of their own, so that each table's read finds its rows through its ocid index:
    /// asked to read "the processes of these suppliers" in each of a dozen queries, the planner, without statistics for
    /// the chunk's temporary table, scanned the whole of <c>award_suppliers</c> in each (docs/performance.md, "A chunk's
    /// processes found through their indexes").
    /// </summary>
    private List<ProcessView> ReadOf(ViewParts parts, string ocids)
    {
        if (session.Provider != DatabaseProvider.Postgres)
        {
            return Read(parts, $"{{0}} IN ({ocids})");
        }

        const string Gathered = "figure_chunk_ocids";
        session.PrepareTemp(Gathered, "ocid TEXT PRIMARY KEY");
        session.Execute($"INSERT INTO {Gathered} (ocid) SELECT DISTINCT ocid FROM ({ocids}) o");
        return Read(parts, $"{{0}} IN (SELECT ocid FROM {Gathered})");
    }

    /// <summary>
    /// A condition that a column's value is one of the ids in the temporary table <paramref name="chunk"/>: on PostgreSQL
    /// as an array, which it looks up in the column's index id by id, where it would join a table it has no statistics
    /// for by scanning the column's whole table.
    /// </summary>
    private string InChunk(string chunk) =>
        session.Provider == DatabaseProvider.Postgres ? $"= ANY (ARRAY(SELECT id FROM {chunk}))" : $"IN (SELECT id FROM {chunk})";

    /// <summary>The tables the figures' reads join, whose statistics PostgreSQL plans them by (<see cref="Analyse"/>).</summary>
    private static readonly string[] AnalysedTables =
    [
        "processes", "organisations", "lots", "award_criteria", "awards", "award_suppliers", "process_parties", "contracts", "bids",
        "bid_tenderers", "bid_statistics", "classifications", "regions", "notices",
    ];

    /// <summary>
    /// PostgreSQL plans the figures' reads by the tables' statistics, which autovacuum gathers only after a commit: after
    /// an import that wrote a large part of the store (its first, the whole record at once) they describe the tables as
    /// they were, nearly empty, and every chunk's read scanned whole tables (at 1.5 million releases, a quarter of an
    /// hour of the import, against 7 minutes analysed). When the import touched at least a tenth of the processes and
    /// 50,000 of them, the tables are analysed within its transaction, which sees its own rows; below that, whole-table
    /// scans cost little and the analysis more (0.75 s at 14,670 processes). SQLite plans by its indexes, and is left alone.
    /// </summary>
    private bool Analyse(string[] tables, bool always = false)
    {
        if (session.Provider != DatabaseProvider.Postgres)
        {
            return false;
        }

        if (!always)
        {
            var touched = session.Scalar($"SELECT count(*) FROM {Affected}");
            if (touched < 50_000 || touched * 10 < session.Scalar("SELECT count(*) FROM processes"))
            {
                return false;
            }
        }

        session.Execute($"ANALYZE {string.Join(", ", tables)}");
        return true;
    }

    /// <summary>Keeps <paramref name="views"/> for <see cref="Kept"/>, when views are kept.</summary>
    private List<ProcessView> Keep(List<ProcessView> views)
    {
        if (_kept is not null)
        {
            foreach (var view in views)
            {
                _kept[view.Ocid] = view;
            }
        }

        return views;
    }

    /// <summary>
    /// The kept views of the processes <paramref name="ocids"/> selects, in the order <see cref="ProcessViewReader"/>
    /// reads them (by ocid, byte order), or null when views are not kept or one of them is not.
    /// </summary>
    private List<ProcessView>? Kept(string ocids)
    {
        if (_kept is null)
        {
            return null;
        }

        var order = session.Provider == DatabaseProvider.Postgres ? " COLLATE \"C\"" : string.Empty;
        using var command = session.Command($"SELECT ocid FROM ({ocids}) o GROUP BY ocid ORDER BY ocid{order}");
        using var reader = command.ExecuteReader();
        var views = new List<ProcessView>();
        while (reader.Read())
        {
            if (!_kept.TryGetValue(reader.GetString(0), out var view))
            {
                return null;
            }

            views.Add(view);
        }

        return views;
    }

    /// <summary>Organisations' names in the directory, those <paramref name="where"/> (a WHERE clause over <c>organisations</c>, or empty).</summary>
    private Dictionary<string, string?> Names(string where)
    {
        using var command = session.Command($"SELECT id, name FROM organisations {where}");
        using var reader = command.ExecuteReader();
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (reader.Read())
        {
            names[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
        }

        return names;
    }

    private HashSet<string> Ids(string table)
    {
        using var command = session.Command($"SELECT id FROM {table}");
        using var reader = command.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static string MarketKeyOf(Core.Analytics.Markets.MarketFigures market) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{market.Cpv}|{market.Region}|{market.Year}");

    /// <summary>
    /// Each chunk's processes <paramref name="read"/> on the connection while the chunk before is computed on a worker
    /// (<paramref name="compute"/>: the figures and their JSON, no database), then <paramref name="write"/>n on the
    /// connection, in order: reading and computing overlap, with at most two chunks in memory. <paramref name="read"/>
    /// takes all it needs of the chunk's table, which holds the next chunk by the time the chunk is written.
    /// </summary>
    private static void Overlapped<TRead, TDone>(IEnumerable<string> chunks, Func<string, TRead> read, Func<TRead, TDone> compute, Action<TDone> write)
    {
        Task<TDone>? computing = null;
        try
        {
            foreach (var chunk in chunks)
            {
                var input = read(chunk);
                if (computing is not null)
                {
                    write(computing.GetAwaiter().GetResult());
                }

                computing = Task.Run(() => compute(input));
            }

            if (computing is not null)
            {
                write(computing.GetAwaiter().GetResult());
            }
        }
        catch
        {
            // The transaction rolls back; a computation still running is waited for, so nothing outlives the import.
            try
            {
                computing?.Wait();
            }
            catch (AggregateException)
            {
                // Its own failure, if any, is not the one being reported.
            }

            throw;
        }
    }

    /// <summary>Every buyer's figures and years, each written as it is serialised (and its years finished), not all held at once.</summary>
    private static void WriteBuyers(StoreSession session, List<Core.Analytics.Buyers.BuyerFigures> buyers, IEnumerable<(string Id, StoredTrends Trends)> trends)
    {
        WriteFigures(session, "buyer", BuyerRows(buyers));
        WriteFigures(session, "trends", TrendRows(trends));
    }

    private static IEnumerable<(string Key, string? Subject, string Body)> BuyerRows(IEnumerable<Core.Analytics.Buyers.BuyerFigures> buyers) =>
        buyers.Select(b => (b.BuyerId, (string?)null, FigureJson.Write(b)));

    private static IEnumerable<(string Key, string? Subject, string Body)> SupplierRows(IEnumerable<StoredSupplier> suppliers) =>
        suppliers.Select(s => (s.Figures.SupplierId, (string?)null, FigureJson.Write(s)));

    /// <summary>Suppliers' figures (<paramref name="rows"/>, serialised) and their lines in the suppliers list, with the directory's <paramref name="names"/>.</summary>
    private void WriteSuppliers(List<StoredSupplier> suppliers, List<(string Key, string? Subject, string Body)> rows, Dictionary<string, string?> names)
    {
        WriteFigures(session, "supplier", rows);
        SupplierListWriter.Write(session, suppliers, id => names.GetValueOrDefault(id));
    }

    private static IEnumerable<(string Key, string? Subject, string Body)> TrendRows(IEnumerable<(string Id, StoredTrends Trends)> trends) =>
        trends.Select(t => (t.Id, (string?)null, FigureJson.Write(t.Trends)));

    private static void WriteMarkets(StoreSession session, (IReadOnlyList<Core.Analytics.Markets.MarketFigures> Markets, Dictionary<string, double> Totals) figures)
    {
        var (markets, totals) = MarketRows(figures);
        WriteFigures(session, "market", markets);
        WriteFigures(session, "market-total", totals);
    }

    private static (List<(string Key, string? Subject, string Body)> Markets, List<(string Key, string? Subject, string Body)> Totals) MarketRows(
        (IReadOnlyList<Core.Analytics.Markets.MarketFigures> Markets, Dictionary<string, double> Totals) figures) =>
        ([.. figures.Markets.Select(m => (MarketKeyOf(m), (string?)FigureCalculator.Market(new(m.Cpv, m.Region)), FigureJson.Write(m)))],
         [.. figures.Totals.Select(t => (t.Key, (string?)null, FigureJson.Write(t.Value)))]);

    private static void WriteFigures(StoreSession session, string kind, IEnumerable<(string Key, string? Subject, string Body)> rows)
    {
        using var sink = session.Open("figures", "kind", "key", "subject", "body");
        foreach (var (key, subject, body) in rows)
        {
            sink.Write(kind, key, subject, body);
        }

        sink.Complete();
    }

    private static void WriteProcesses(StoreSession session, List<FigureProcessRow> rows)
    {
        using var sink = ProcessSink(session);
        rows.ForEach(r => WriteProcess(sink, r));
        sink.Complete();
    }

    private static readonly string[] ProcessColumns = ["ocid", "market", "in_window", "without_buyer", "undated", "duplicates", "not_uk",
        "awards_undated", "unclassified", "unlocated", "excluded", "framework_awards"];

    private static ITableSink ProcessSink(StoreSession session) => session.Open("figure_processes", ProcessColumns);

    /// <summary>The processes' rows written as a read of the same connection goes on (<see cref="InterleavedSink"/>).</summary>
    private static ITableSink InterleavedProcessSink(StoreSession session) => InterleavedSink.Open(session, "figure_processes", ProcessColumns);

    private static void WriteProcess(ITableSink sink, FigureProcessRow r) =>
        sink.Write(r.Ocid, r.Market, r.InWindow, r.WithoutBuyer, r.Undated, r.Duplicates, r.NotUk, r.AwardsUndated, r.Unclassified, r.Unlocated,
            r.Excluded, r.FrameworkAwards);

    private static FigureState? ReadState(StoreSession session)
    {
        using var command = session.Command("SELECT body FROM figures WHERE kind = @p0 AND key = ''", FigureState.Kind);
        return command.ExecuteScalar() is string body ? FigureJson.Read<FigureState>(body) : null;
    }

    private static void WriteFlags(StoreSession session, FlagReportResult flags)
    {
        session.Execute("DELETE FROM figures WHERE kind IN ('flag', 'flag-summary')");
        WriteFigures(session, "flag", flags.Flags.Select((f, i) => (i.ToString("D9", System.Globalization.CultureInfo.InvariantCulture),
            f.BuyerId ?? f.OrganisationId, FigureJson.Write(f))));
        WriteFigures(session, "flag-summary", [("", null, FigureJson.Write(flags with { Flags = [] }))]);
    }

    private static void WriteState(StoreSession session, FigureState state)
    {
        session.Execute("DELETE FROM figures WHERE kind = @p0", FigureState.Kind);
        session.Execute("INSERT INTO figures (kind, key, subject, body) VALUES (@p0, '', NULL, @p1)", FigureState.Kind, FigureJson.Write(state));
    }
}
