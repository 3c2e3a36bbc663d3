namespace Steward.Data.Ingest;

/// <summary>
/// Turns the staged releases into stored ones: the last copy of each (ocid, release key) in the input wins; a
/// release already stored with the same content is skipped; a new or changed one is written and its process is
/// marked for recompiling (temporary table <c>affected_ocids</c>). New releases are stored in the order their last
/// copies appear in the input, which is the order a process's releases of the same date are merged in
/// (<c>ReleaseOrder</c>), whether staged or written straight in (<see cref="DirectReleases"/>).
/// </summary>
internal static class ReleaseApplier
{
    public const string Affected = "affected_ocids";

    private const string Latest = "stage_latest";

    /// <summary>Marks every process with stored releases for recompiling (a rebuild of all, or a first import).</summary>
    public static void AffectAll(StoreSession session)
    {
        session.PrepareTemp(Affected, "ocid TEXT PRIMARY KEY");
        session.Execute($"INSERT INTO {Affected} (ocid) SELECT DISTINCT ocid FROM releases");
    }

    /// <summary>Applies the staged releases; returns (new, changed, skipped).</summary>
    public static (long New, long Changed, long Skipped) Apply(StoreSession session, long staged, DateTime now)
    {
        // The last copy of each (ocid, release key) is found by its place in the input (seq), the order it is stored in;
        // the JSON is copied once, into releases, read in the staging table's own order.
        session.PrepareTemp(Latest, "ocid TEXT, release_key TEXT, seq BIGINT, PRIMARY KEY (ocid, release_key)");
        session.Execute($"INSERT INTO {Latest} (ocid, release_key, seq) SELECT ocid, release_key, MAX(seq) FROM {ReleaseStager.Table} GROUP BY ocid, release_key");
        session.Execute($"CREATE UNIQUE INDEX IF NOT EXISTS {Latest}_seq ON {Latest} (seq)");
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
            SELECT s.ocid, s.release_key, s.date, s.tags, s.hash, s.json, @p0, @p1 FROM {Staged} ORDER BY s.seq
            ON CONFLICT (ocid, release_key) DO UPDATE SET
                date = excluded.date, tags = excluded.tags, hash = excluded.hash, json = excluded.json,
                source = excluded.source, imported_at = excluded.imported_at
            WHERE releases.hash <> excluded.hash
            """, session.SourceName, now);
        return (isNew, changed, staged - isNew - changed);
    }
}
