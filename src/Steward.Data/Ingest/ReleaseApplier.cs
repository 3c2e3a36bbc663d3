namespace Steward.Data.Ingest;

/// <summary>
/// Turns the staged releases into stored ones: the last copy of each (ocid, release key) in the input wins; a
/// release already stored with the same content is skipped; a new or changed one is written and its process is
/// marked for recompiling (temporary table <c>affected_ocids</c>).
/// </summary>
internal static class ReleaseApplier
{
    public const string Affected = "affected_ocids";

    private const string Latest = "stage_latest";

    /// <summary>Applies the staged releases; returns (new, changed, skipped).</summary>
    public static (long New, long Changed, long Skipped) Apply(StoreSession session, long staged, DateTime now)
    {
        // The last copy of each (ocid, release key) is found by its place in the input, so the JSON is copied once, into
        // releases, in key order (as the store always took them, and the order its index wants; SQLite reads them so through
        // the key of stage_latest, without sorting the JSON).
        session.PrepareTemp(Latest, "ocid TEXT, release_key TEXT, seq BIGINT, PRIMARY KEY (ocid, release_key)");
        session.Execute($"INSERT INTO {Latest} (ocid, release_key, seq) SELECT ocid, release_key, MAX(seq) FROM {ReleaseStager.Table} GROUP BY ocid, release_key");
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
            SELECT s.ocid, s.release_key, s.date, s.tags, s.hash, s.json, @p0, @p1 FROM {Staged} ORDER BY l.ocid, l.release_key
            ON CONFLICT (ocid, release_key) DO UPDATE SET
                date = excluded.date, tags = excluded.tags, hash = excluded.hash, json = excluded.json,
                source = excluded.source, imported_at = excluded.imported_at
            WHERE releases.hash <> excluded.hash
            """, session.SourceName, now);
        return (isNew, changed, staged - isNew - changed);
    }
}
