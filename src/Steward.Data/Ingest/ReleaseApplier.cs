namespace Steward.Data.Ingest;

/// <summary>
/// Turns the staged releases into stored ones: the last copy of each (ocid, release key) in the input wins; a
/// release already stored with the same content is skipped; a new or changed one is written and its process is
/// marked for recompiling (temporary table <c>affected_ocids</c>). New releases are stored in the order they first
/// appear in the input, which is the order a process's releases of the same date are merged in (<c>ReleaseOrder</c>),
/// whichever way they were written.
/// </summary>
internal static class ReleaseApplier
{
    public const string Affected = "affected_ocids";

    private const string Latest = "stage_latest";

    /// <summary>
    /// What a release written straight into <c>releases</c> replaces when its key is already there: only an earlier
    /// copy from the same input, whose place (<c>id</c>) it keeps and whose content it takes unless the two are equal.
    /// </summary>
    private const string LaterCopy = """
        ON CONFLICT (ocid, release_key) DO UPDATE SET date = excluded.date, tags = excluded.tags, hash = excluded.hash, json = excluded.json
        WHERE releases.hash <> excluded.hash
        """;

    /// <summary>
    /// Whether an input can be written straight into <c>releases</c>, without staging: the store is SQLite and holds
    /// no releases (the first import of a new store, the whole record at once), so there is nothing to compare with
    /// and every release is new. That saves copying the input's JSON a second time (0.7 s of a 50,000-release import,
    /// docs/performance.md). PostgreSQL stages: its bulk copy cannot replace an earlier copy of a key in the same input.
    /// </summary>
    public static bool WritesDirect(StoreSession session) =>
        session.Provider == DatabaseProvider.Sqlite && session.Scalar("SELECT count(*) FROM (SELECT 1 FROM releases LIMIT 1) r") == 0;

    /// <summary>The sink that writes releases straight into <c>releases</c>: (ocid, key, date, tags, hash, JSON, source, imported at).</summary>
    public static ITableSink OpenDirect(StoreSession session) =>
        ((SqliteStoreSession)session).Open("releases", ["ocid", "release_key", "date", "tags", "hash", "json", "source", "imported_at"], LaterCopy);

    /// <summary>After the releases were written straight into an empty <c>releases</c>: every process is affected; returns (new, changed, skipped).</summary>
    public static (long New, long Changed, long Skipped) Applied(StoreSession session, long staged)
    {
        session.PrepareTemp(Affected, "ocid TEXT PRIMARY KEY");
        session.Execute($"INSERT INTO {Affected} (ocid) SELECT DISTINCT ocid FROM releases");
        var stored = session.Scalar("SELECT count(*) FROM releases");
        return (stored, 0, staged - stored);
    }

    /// <summary>Applies the staged releases; returns (new, changed, skipped).</summary>
    public static (long New, long Changed, long Skipped) Apply(StoreSession session, long staged, DateTime now)
    {
        // The last copy of each (ocid, release key) is found by its place in the input (seq), and where its first copy was
        // (first_seq) is the order it is stored in; the JSON is copied once, into releases.
        session.PrepareTemp(Latest, "ocid TEXT, release_key TEXT, seq BIGINT, first_seq BIGINT, PRIMARY KEY (ocid, release_key)");
        session.Execute($"INSERT INTO {Latest} (ocid, release_key, seq, first_seq) SELECT ocid, release_key, MAX(seq), MIN(seq) FROM {ReleaseStager.Table} GROUP BY ocid, release_key");
        session.Execute($"CREATE INDEX IF NOT EXISTS {Latest}_first_seq ON {Latest} (first_seq)");
        const string Staged = $"{ReleaseStager.Table} s JOIN {Latest} l ON l.seq = s.seq";
        var isNew = session.Scalar($"""
            SELECT COUNT(*) FROM {Latest} l
            WHERE NOT EXISTS (SELECT 1 FROM releases r WHERE r.ocid = l.ocid AND r.release_key = l.release_key)
            """);
        var changed = session.Scalar($"""
            SELECT COUNT(*) FROM {Staged} JOIN releases r ON r.ocid = l.ocid AND r.release_key = l.release_key
            WHERE r.hash <> s.hash
            """);
        session.PrepareTemp(Affected, "ocid TEXT PRIMARY KEY");
        session.Execute($"""
            INSERT INTO {Affected} (ocid)
            SELECT DISTINCT l.ocid FROM {Staged}
            LEFT JOIN releases r ON r.ocid = l.ocid AND r.release_key = l.release_key
            WHERE r.hash IS NULL OR r.hash <> s.hash
            """);
        session.Execute($"""
            INSERT INTO releases (ocid, release_key, date, tags, hash, json, source, imported_at)
            SELECT s.ocid, s.release_key, s.date, s.tags, s.hash, s.json, @p0, @p1 FROM {Staged} ORDER BY l.first_seq
            ON CONFLICT (ocid, release_key) DO UPDATE SET
                date = excluded.date, tags = excluded.tags, hash = excluded.hash, json = excluded.json,
                source = excluded.source, imported_at = excluded.imported_at
            WHERE releases.hash <> excluded.hash
            """, session.SourceName, now);
        return (isNew, changed, staged - isNew - changed);
    }
}
