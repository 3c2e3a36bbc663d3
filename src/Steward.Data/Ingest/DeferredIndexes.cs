namespace Steward.Data.Ingest;

/// <summary>
/// The analytic tables' secondary indexes, dropped while an import fills an empty SQLite store and built again once its
/// processes are written, inside the same transaction: SQLite builds an index over rows already there by sorting them,
/// far faster than keeping it up to date row by row (about a third of the writing in a 50,000-release import). Only
/// indexes no statement of the import's writing reads are dropped (not the unique ones, which its conflicts rely on,
/// nor those led by <c>ocid</c>, which its deletes use); a failed import rolls back to the store as it was, indexes and
/// all. Not on PostgreSQL, where dropping an index locks its table against every reader until the import commits.
/// The figures do the same for the suppliers list's sort indexes when they fill it into an empty store
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

    /// <summary>Drops the indexes when the store is SQLite and holds no process yet; null otherwise (nothing dropped).</summary>
    public static DeferredIndexes? DropIfEmpty(StoreSession session) =>
        session.Provider != DatabaseProvider.Sqlite || session.Scalar("SELECT count(*) FROM (SELECT 1 FROM processes LIMIT 1) p") > 0
            ? null
            : Drop(session, Tables);

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

    /// <summary>Builds the dropped indexes again, as they were defined.</summary>
    public void Restore()
    {
        foreach (var definition in _definitions)
        {
            _session.Execute(definition);
        }

        _definitions.Clear();
    }
}
