namespace Steward.Data.Ingest;

/// <summary>
/// The analytic tables' secondary indexes, dropped while an import fills an empty store and built again once its
/// processes are written, inside the same transaction: a database builds an index over rows already there by sorting
/// them, far faster than keeping it up to date row by row (on SQLite about a third of the writing in a 50,000-release
/// import). Only indexes no statement of the import's writing reads are dropped (not the unique ones, which its
/// conflicts rely on, nor those led by <c>ocid</c>, which its deletes use); a failed import rolls back to the store as
/// it was, indexes and all. On PostgreSQL the tables' foreign keys go too, checked again all at once when they are
/// added back (one join each, not a query per row written), and only once the import holds every one of those tables
/// alone (<see cref="PostgresTableLock"/>): readers of the empty store then wait until it commits, as they do on SQLite.
/// The figures do the same for the suppliers list's sort indexes when they fill it into an empty SQLite store
/// (<see cref="Drop"/>).
/// </summary>
internal sealed class DeferredIndexes
{
    /// <summary>The tables the rebuild writes a process's rows to (organisations are looked up as they are written, so not those).</summary>
    private static readonly string[] Tables =
    [
        "records", "processes", "process_parties", "lots", "award_criteria", "awards", "award_suppliers", "contracts", "bid_statistics",
        "bids", "bid_tenderers", "classifications", "regions", "notices", "search_texts", "social_value_texts",
    ];

    private readonly StoreSession _session;
    private readonly List<string> _definitions;

    private DeferredIndexes(StoreSession session, List<string> definitions)
    {
        _session = session;
        _definitions = definitions;
    }

    /// <summary>Drops the indexes (and on PostgreSQL the foreign keys) when the store holds no process yet; null otherwise (nothing dropped).</summary>
    public static DeferredIndexes? DropIfEmpty(StoreSession session) =>
        session.Scalar("SELECT count(*) FROM (SELECT 1 FROM processes LIMIT 1) p") > 0 ? null
        : session.Provider == DatabaseProvider.Sqlite ? Drop(session, Tables)
        : DropOnPostgres(session);

    /// <summary>
    /// Drops the secondary indexes of <paramref name="tables"/> (not the unique ones, nor those led by <c>ocid</c>), on
    /// SQLite; null on PostgreSQL (nothing dropped). The caller knows the tables are being filled from empty.
    /// </summary>
    public static DeferredIndexes? Drop(StoreSession session, IReadOnlyList<string> tables)
    {
        if (session.Provider != DatabaseProvider.Sqlite)
        {
            return null;
        }

        var indexes = new List<(string Name, string Sql)>();
        var names = string.Join(", ", tables.Select((_, i) => StoreSession.Parameter(i)));
        using (var command = session.Command($"""
            SELECT i.name, i.sql FROM sqlite_master i
            WHERE i.type = 'index' AND i.sql IS NOT NULL AND i.tbl_name IN ({names})
              AND NOT EXISTS (SELECT 1 FROM pragma_index_list(i.tbl_name) l WHERE l.name = i.name AND l."unique" = 1)
              AND (SELECT c.name FROM pragma_index_info(i.name) c WHERE c.seqno = 0) <> 'ocid'
            ORDER BY i.name
            """, tables.ToArray<object?>()))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            session.Execute($"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }

        return new DeferredIndexes(session, [.. indexes.Select(i => i.Sql)]);
    }

    /// <summary>
    /// PostgreSQL: the analytic tables' foreign keys and their secondary indexes not led by <c>ocid</c> (the GIN index of
    /// the search texts among them), dropped once the import holds the tables alone; null when it could not take them
    /// (<see cref="PostgresTableLock"/>; nothing dropped). Added back indexes first, so that the foreign keys' checks read them.
    /// </summary>
    private static DeferredIndexes? DropOnPostgres(StoreSession session)
    {
        if (!PostgresTableLock.TryTake(session, [.. Tables, "organisations"]))
        {
            return null;
        }

        var drops = new List<string>();
        var restores = new List<string>();
        var names = string.Join(", ", Tables.Select((_, i) => StoreSession.Parameter(i)));
        using (var command = session.Command($$"""
            SELECT 1, format('ALTER TABLE %I DROP CONSTRAINT %I', t.relname, c.conname),
                   format('ALTER TABLE %I ADD CONSTRAINT %I %s', t.relname, c.conname, pg_get_constraintdef(c.oid))
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
            WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace AND t.relname IN ({{names}})
            UNION ALL
            SELECT 0, format('DROP INDEX %I', x.relname), pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class x ON x.oid = i.indexrelid
            WHERE NOT i.indisunique AND t.relnamespace = current_schema()::regnamespace AND t.relname IN ({{names}})
              AND (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[0]) IS DISTINCT FROM 'ocid'
            ORDER BY 1, 2
            """, Tables.ToArray<object?>()))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                drops.Add(reader.GetString(1));
                restores.Add(reader.GetString(2));
            }
        }

        foreach (var drop in drops)
        {
            session.Execute(drop);
        }

        return new DeferredIndexes(session, restores);
    }

    /// <summary>Builds the dropped indexes again, as they were defined (and adds the dropped foreign keys back).</summary>
    public void Restore()
    {
        foreach (var definition in _definitions)
        {
            _session.Execute(definition);
        }

        _definitions.Clear();
    }
}
