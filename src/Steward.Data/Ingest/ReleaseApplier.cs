namespace Steward.Data.Ingest;

/// <summary>
/// Turns the staged releases into stored ones: the last copy of each (ocid, release key) in the input wins; a
/// release already stored with the same content is skipped; a new or changed one is written and its process is
/// marked for recompiling (temporary table <c>affected_ocids</c>).
/// </summary>
internal static class ReleaseApplier
{
    public const string Affected = "affected_ocids";

    /// <summary>Applies the staged releases; returns (new, changed, skipped).</summary>
    public static (long New, long Changed, long Skipped) Apply(StoreSession session, long staged, DateTime now)
    {
        session.PrepareTemp("stage_latest", "ocid TEXT, release_key TEXT, date STAMP, tags TEXT, hash TEXT, json TEXT");
        session.Execute("""
            INSERT INTO stage_latest (ocid, release_key, date, tags, hash, json)
            SELECT s.ocid, s.release_key, s.date, s.tags, s.hash, s.json
            FROM stage_releases s
            JOIN (SELECT ocid, release_key, MAX(seq) AS seq FROM stage_releases GROUP BY ocid, release_key) m ON m.seq = s.seq
            """);
        var isNew = session.Scalar("""
            SELECT COUNT(*) FROM stage_latest s
            WHERE NOT EXISTS (SELECT 1 FROM releases r WHERE r.ocid = s.ocid AND r.release_key = s.release_key)
            """);
        var changed = session.Scalar("""
            SELECT COUNT(*) FROM stage_latest s JOIN releases r ON r.ocid = s.ocid AND r.release_key = s.release_key
            WHERE r.hash <> s.hash
            """);
        session.PrepareTemp(Affected, "ocid TEXT PRIMARY KEY");
        session.Execute("""
            INSERT INTO affected_ocids (ocid)
            SELECT DISTINCT s.ocid FROM stage_latest s
            LEFT JOIN releases r ON r.ocid = s.ocid AND r.release_key = s.release_key
            WHERE r.hash IS NULL OR r.hash <> s.hash
            """);
        session.Execute("""
            INSERT INTO releases (ocid, release_key, date, tags, hash, json, source, imported_at)
            SELECT ocid, release_key, date, tags, hash, json, @p0, @p1 FROM stage_latest WHERE true
            ON CONFLICT (ocid, release_key) DO UPDATE SET
                date = excluded.date, tags = excluded.tags, hash = excluded.hash, json = excluded.json,
                source = excluded.source, imported_at = excluded.imported_at
            WHERE releases.hash <> excluded.hash
            """, session.SourceName, now);
        return (isNew, changed, staged - isNew - changed);
    }
}
