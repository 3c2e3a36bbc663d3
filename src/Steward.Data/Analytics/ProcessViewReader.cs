using System.Data.Common;
using Steward.Core.Analytics;

namespace Steward.Data.Analytics;

/// <summary>
/// Streams every stored process as a <see cref="ProcessView"/> for the analytics in Steward.Core: the processes
/// table and each child table the caller asks for are read in ocid order, each on its own connection and thread
/// (<see cref="TableCursor{T}"/>), and joined as they go, so memory stays flat however many processes the store
/// holds (<see cref="StreamWithin"/> steps every table on one connection instead). Ocids are ordered by their bytes on
/// both engines (<c>COLLATE "C"</c> on PostgreSQL) so the cursors agree.
/// Each cursor reads its own snapshot: a report run during an import may see some tables before it and some after.
/// </summary>
public static class ProcessViewReader
{
    /// <summary>The processes with the parts asked for. Opening and reading may throw <see cref="DatabaseUnavailableException"/>.</summary>
    public static IEnumerable<ProcessView> Read(DatabaseTarget target, ViewParts parts)
    {
        ArgumentNullException.ThrowIfNull(target);
        DatabaseMigrator.EnsureReady(target);
        return Guarded(target, Stream(target, parts, scope: null));
    }

    /// <summary>
    /// The few processes in <paramref name="scope"/> (one process, one buyer's, one supplier's), read on one
    /// connection and held in memory: for pages, which need a handful of processes at once, not the whole store.
    /// </summary>
    public static IReadOnlyList<ProcessView> ReadScope(DatabaseTarget target, ViewParts parts, ProcessScope scope)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(scope);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () => Stream(target, parts, scope).ToList());
    }

    /// <summary>
    /// Adds the queries for the processes in <paramref name="scope"/> to <paramref name="batch"/> (whose parameters must
    /// include <see cref="Parameters"/>'s), for a page that reads more in the same round trip; what is returned joins
    /// their rows into views once the batch has run.
    /// </summary>
    internal static Func<IReadOnlyList<ProcessView>> Add(Portal.QueryBatch batch, DatabaseProvider provider, ViewParts parts, ProcessScope scope)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var tables = Tables.Open(null, provider, parts, scope, batch);
        return () =>
        {
            using (tables)
            {
                return tables.Join().ToList();
            }
        };
    }

    /// <summary>The batch parameters a scope's queries use.</summary>
    internal static IReadOnlyDictionary<string, object?> Parameters(ProcessScope scope) =>
        scope.Kind == ScopeKind.Condition ? Portal.StoreQuery.With() : Portal.StoreQuery.With((ProcessScope.ParameterName, scope.Value));

    /// <summary>
    /// The processes in <paramref name="scope"/> as <paramref name="connection"/> sees them inside
    /// <paramref name="transaction"/> (an import's own, not yet committed changes), each table read whole on it.
    /// </summary>
    internal static List<ProcessView> ReadWithin(DbConnection connection, DbTransaction? transaction, ViewParts parts, ProcessScope scope)
    {
        var batch = new Portal.QueryBatch(connection, Parameters(scope)) { Transaction = transaction };
        using var tables = Tables.Open(null, Provider(connection), parts, scope, batch);
        batch.Run();
        return [.. tables.Join()];
    }

    /// <summary>
    /// Every process as <paramref name="connection"/> sees it inside <paramref name="transaction"/> (an import's own rows),
    /// streamed in ocid order and stepped on the caller's thread as the views are taken, so memory stays flat however
    /// many processes the import wrote, and each table is read in its own order, not a few processes at a time. On
    /// SQLite each table's query is open on that one connection at once; PostgreSQL, which has one query open on a
    /// connection at a time, reads each through a cursor of the transaction's own, a few thousand rows a fetch, and
    /// between two fetches the connection is free for the caller's writing (each table's rows then read are already
    /// taken in).
    /// </summary>
    internal static IEnumerable<ProcessView> StreamWithin(DbConnection connection, DbTransaction? transaction, ViewParts parts)
    {
        using var tables = Tables.Open(null, Provider(connection), parts, null, null, (connection, transaction));
        foreach (var view in tables.Join())
        {
            yield return view;
        }
    }

    private static DatabaseProvider Provider(DbConnection connection) =>
        connection is Npgsql.NpgsqlConnection ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    private static IEnumerable<ProcessView> Guarded(DatabaseTarget target, IEnumerable<ProcessView> views)
    {
        using var enumerator = DatabaseMigrator.Guard(target, views.GetEnumerator);
        while (DatabaseMigrator.Guard(target, enumerator.MoveNext))
        {
            yield return enumerator.Current;
        }
    }

    private static IEnumerable<ProcessView> Stream(DatabaseTarget target, ViewParts parts, ProcessScope? scope)
    {
        var shared = scope is null ? null : Connect(target);
        var batch = scope is null ? null : new Portal.QueryBatch(shared!, Parameters(scope));
        try
        {
            using var tables = Tables.Open(target, target.Provider, parts, scope, batch);
            batch?.Run();
            foreach (var view in tables.Join())
            {
                yield return view;
            }
        }
        finally
        {
            shared?.Dispose();
        }
    }

    /// <summary>The cursors over each table asked for, and their merge into views.</summary>
    private sealed class Tables : IDisposable
    {
        private readonly List<IDisposable> _cursors = [];
        private TableCursor<ProcessView> _processes = null!;
        private TableCursor<LotView>? _lots;
        private TableCursor<CriterionView>? _criteria;
        private TableCursor<(string Id, string? Status, DateTime? Date, double? Value, string? Currency, IReadOnlyList<string> Lots, int Count, UnresolvedSuppliers? Unresolved)>? _awards;
        private TableCursor<(string Award, SupplierView Supplier)>? _suppliers;
        private TableCursor<ContractView>? _contracts;
        private TableCursor<(string Id, string? Status, DateTime? Date, double? Value, string? Currency, IReadOnlyList<string> Lots, int Count)>? _bids;
        private TableCursor<(string Bid, string Organisation)>? _tenderers;
        private TableCursor<BidStatisticView>? _statistics;
        private TableCursor<ClassificationView>? _classifications;
        private TableCursor<string>? _regions;
        private TableCursor<NoticeView>? _notices;

        /// <summary>
        /// Opens a cursor per table: each on its own connection and thread for the whole store, or, for a scope, as
        /// queries added to <paramref name="batch"/>, whose rows the cursors read once the caller has run it, or each
        /// stepped on the caller's thread from one <paramref name="stepped"/> connection (<see cref="StreamWithin"/>).
        /// </summary>
        public static Tables Open(DatabaseTarget? target, DatabaseProvider provider, ViewParts parts, ProcessScope? scope, Portal.QueryBatch? batch,
            (DbConnection Connection, DbTransaction? Transaction)? stepped = null)
        {
            var tables = new Tables();
            var order = provider == DatabaseProvider.Postgres ? "COLLATE \"C\"" : string.Empty;
            string Where(string column) => scope is null ? string.Empty : $"WHERE {scope.Condition(column)} ";
            TableCursor<T>? Open<T>(ViewParts part, string sql, Func<DbDataReader, T> read)
            {
                if (part != ViewParts.None && !parts.HasFlag(part))
                {
                    return null;
                }

                TableCursor<T> cursor;
                if (stepped is var (connection, transaction) && provider == DatabaseProvider.Postgres)
                {
                    cursor = FetchedCursor(connection, transaction, $"view_{tables._cursors.Count}", sql, read);
                }
                else if (stepped is var (sqlite, sqliteTransaction))
                {
                    var command = sqlite.CreateCommand();
                    tables._cursors.Add(command);
                    command.CommandText = sql;
                    command.Transaction = sqliteTransaction;
                    command.CommandTimeout = 0;
                    cursor = new TableCursor<T>(command.ExecuteReader(), read);
                }
                else
                {
                    cursor = batch is null
                        ? new TableCursor<T>(Connect(target!), sql, read)
                        : new TableCursor<T>(batch.Add(sql, r => (r.GetString(0), read(r))));
                }

                tables._cursors.Add(cursor);
                return cursor;
            }

            try
            {
                tables._processes = Open(ViewParts.None, $"""
                        SELECT p.ocid, p.buyer_party_id, p.buyer_name, p.buyer_id, o.buyer_type, o.region, p.status, p.procurement_method,
                               p.procurement_method_details, p.main_category, p.legal_basis, p.above_threshold, p.tender_value, p.tender_currency,
                               p.tender_start, p.tender_end, p.first_published, p.date, p.main_cpv, p.number_of_tenderers,
                               o.buyer_kind, p.publisher, p.arrangement, p.call_off, p.duplicate_of, p.outside_uk
                        FROM processes p LEFT JOIN organisations o ON o.id = p.buyer_id {Where("p.ocid")}ORDER BY p.ocid {order}
                        """, Process)!;
                tables._lots = Open(ViewParts.Lots, $"SELECT ocid, lot_id, status, value, currency, reserved_participation FROM lots {Where("ocid")}ORDER BY ocid {order}",
                    r => new LotView(r.GetString(1), r.Text(2), r.Real(3), r.Text(4), r.List(5)));
                tables._criteria = Open(ViewParts.Criteria,
                    $"SELECT ocid, lot_id, type, name, description, weight, weight_kind FROM award_criteria {Where("ocid")}ORDER BY ocid {order}, lot_id {order}, ordinal",
                    r => new CriterionView(r.GetString(1), r.Text(2), r.Text(3), r.Text(4), r.Real(5), r.Text(6)));
                tables._awards = Open(ViewParts.Awards,
                    $"SELECT ocid, award_id, status, date, value, currency, related_lots, supplier_count, unresolved_sme, unresolved_not_sme, unresolved_vcse FROM awards {Where("ocid")}ORDER BY ocid {order}",
                    r => (Id: r.GetString(1), Status: r.Text(2), Date: r.Stamp(3), Value: r.Real(4), Currency: r.Text(5), Lots: r.List(6), Count: r.Whole(7) ?? 0,
                        Unresolved: Unresolved(r.Whole(8) ?? 0, r.Whole(9) ?? 0, r.Whole(10) ?? 0)));
                tables._suppliers = Open(ViewParts.Awards, $"""
                        SELECT s.ocid, s.award_id, s.organisation_id, pp.scale, pp.vcse
                        FROM award_suppliers s LEFT JOIN process_parties pp ON pp.ocid = s.ocid AND pp.organisation_id = s.organisation_id
                        {Where("s.ocid")}ORDER BY s.ocid {order}
                        """, r => (Award: r.GetString(1), Supplier: new SupplierView(r.GetString(2), r.Text(3), r.Flag(4))));
                tables._contracts = Open(ViewParts.Contracts,
                    $"SELECT ocid, contract_id, award_id, status, value, currency, date_signed FROM contracts {Where("ocid")}ORDER BY ocid {order}",
                    r => new ContractView(r.GetString(1), r.Text(2), r.Text(3), r.Real(4), r.Text(5), r.Stamp(6)));
                tables._bids = Open(ViewParts.Bids,
                    $"SELECT ocid, bid_id, status, date, value, currency, related_lots, tenderer_count FROM bids {Where("ocid")}ORDER BY ocid {order}",
                    r => (Id: r.GetString(1), Status: r.Text(2), Date: r.Stamp(3), Value: r.Real(4), Currency: r.Text(5), Lots: r.List(6), Count: r.Whole(7) ?? 0));
                tables._tenderers = Open(ViewParts.Bids, $"SELECT ocid, bid_id, organisation_id FROM bid_tenderers {Where("ocid")}ORDER BY ocid {order}",
                    r => (Bid: r.GetString(1), Organisation: r.GetString(2)));
                tables._statistics = Open(ViewParts.BidStatistics, $"SELECT ocid, measure, value, lot_id FROM bid_statistics {Where("ocid")}ORDER BY ocid {order}, ordinal",
                    r => new BidStatisticView(r.GetString(1), r.Real(2), r.Text(3)));
                tables._classifications = Open(ViewParts.Classifications, $"SELECT ocid, scheme, code FROM classifications {Where("ocid")}ORDER BY ocid {order}",
                    r => new ClassificationView(r.GetString(1), r.GetString(2)));
                tables._regions = Open(ViewParts.Regions, $"SELECT ocid, code FROM regions {Where("ocid")}ORDER BY ocid {order}", r => r.GetString(1));
                tables._notices = Open(ViewParts.Notices, $"SELECT ocid, notice_type, section, date_published FROM notices {Where("ocid")}ORDER BY ocid {order}",
                    r => new NoticeView(r.Text(1), r.GetString(2), r.Stamp(3)));
            }
            catch
            {
                tables.Dispose();
                throw;
            }

            return tables;
        }

        /// <summary>The processes with their rows, in ocid order.</summary>
        public IEnumerable<ProcessView> Join()
        {
            while (_processes.TryNext(out var ocid, out var head))
            {
                var awardRows = _awards?.Take(ocid);
                var supplierRows = _suppliers?.Take(ocid);
                var bidRows = _bids?.Take(ocid);
                var tendererRows = _tenderers?.Take(ocid);
                yield return head with
                {
                    Lots = _lots?.Take(ocid) ?? [],
                    Criteria = _criteria?.Take(ocid) ?? [],
                    Awards = awardRows is null ? [] : awardRows.Select(a => new AwardView(a.Id, a.Status, a.Date, a.Value, a.Currency, a.Lots, a.Count,
                        supplierRows!.Where(s => s.Award == a.Id).Select(s => s.Supplier).ToList(), a.Unresolved)).ToList(),
                    Contracts = _contracts?.Take(ocid) ?? [],
                    Bids = bidRows is null ? [] : bidRows.Select(b => new BidView(b.Id, b.Status, b.Date, b.Value, b.Currency, b.Lots, b.Count,
                        tendererRows!.Where(t => t.Bid == b.Id).Select(t => t.Organisation).ToList())).ToList(),
                    BidStatistics = _statistics?.Take(ocid) ?? [],
                    Classifications = _classifications?.Take(ocid) ?? [],
                    Regions = _regions?.Take(ocid) ?? [],
                    Notices = _notices?.Take(ocid) ?? [],
                };
            }
        }

        /// <summary>Cursors (and a stepped read's commands) closed last opened first, so each reader goes before its command.</summary>
        public void Dispose() => Enumerable.Reverse(_cursors).ToList().ForEach(c => c.Dispose());
    }

    /// <summary>
    /// A PostgreSQL cursor over <paramref name="sql"/>, declared in <paramref name="transaction"/> and fetched from a few
    /// thousand rows at a time as the views need them; closed with the cursor (unless the transaction has failed, which
    /// closes it anyway).
    /// </summary>
    private static TableCursor<T> FetchedCursor<T>(DbConnection connection, DbTransaction? transaction, string name, string sql, Func<DbDataReader, T> read)
    {
        DbCommand Command(string text)
        {
            var command = connection.CreateCommand();
            command.CommandText = text;
            command.Transaction = transaction;
            command.CommandTimeout = 0;
            return command;
        }

        using (var declare = Command($"DECLARE {name} NO SCROLL CURSOR FOR {sql}"))
        {
            declare.ExecuteNonQuery();
        }

        var rows = FetchedRowsForTests.Value ?? FetchedRows;
        return new TableCursor<T>(() => Command($"FETCH FORWARD {rows} FROM {name}"), read, () =>
        {
            using var close = Command($"CLOSE {name}");
            try
            {
                close.ExecuteNonQuery();
            }
            catch (Npgsql.PostgresException exception) when (exception.SqlState == Npgsql.PostgresErrorCodes.InFailedSqlTransaction)
            {
                // The transaction failed and is being rolled back; its cursors go with it.
            }
        });
    }

    /// <summary>Rows a PostgreSQL cursor fetches at a time (<see cref="FetchedCursor"/>).</summary>
    private const int FetchedRows = 4096;

    /// <summary>For tests: another number of rows a fetch than <see cref="FetchedRows"/> for reads on this logical thread.</summary>
    internal static readonly AsyncLocal<int?> FetchedRowsForTests = new();

    private static UnresolvedSuppliers? Unresolved(int sme, int notSme, int vcse) =>
        sme == 0 && notSme == 0 && vcse == 0 ? null : new UnresolvedSuppliers(sme, notSme, vcse);

    /// <summary>The driving table's row: the process without its children.</summary>
    private static ProcessView Process(DbDataReader reader) => new()
    {
        Ocid = reader.GetString(0),
        BuyerPartyId = reader.Text(1),
        BuyerName = reader.Text(2),
        BuyerId = reader.Text(3),
        BuyerType = reader.Text(4),
        BuyerRegion = reader.Text(5),
        Status = reader.Text(6),
        ProcurementMethod = reader.Text(7),
        ProcurementMethodDetails = reader.Text(8),
        MainCategory = reader.Text(9),
        LegalBasis = reader.Text(10),
        AboveThreshold = reader.Flag(11),
        TenderValue = reader.Real(12),
        TenderCurrency = reader.Text(13),
        TenderStart = reader.Stamp(14),
        TenderEnd = reader.Stamp(15),
        FirstPublished = reader.Stamp(16),
        Date = reader.Stamp(17),
        MainCpv = reader.Text(18),
        NumberOfTenderers = reader.Whole(19),
        BuyerKind = reader.Text(20),
        Publisher = reader.Text(21),
        Arrangement = reader.Text(22),
        CallOff = reader.Flag(23) ?? false,
        DuplicateOf = reader.Text(24),
        OutsideUk = reader.Flag(25) ?? false,
    };

    private static DbConnection Connect(DatabaseTarget target) => Portal.StoreQuery.Open(target);
}
