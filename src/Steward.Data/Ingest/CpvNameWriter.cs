namespace Steward.Data.Ingest;

/// <summary>
/// Keeps <c>cpv_names</c> (docs/store.md, "CPV codes in words"): after a rebuild, each CPV code the affected processes
/// carry with a description is named by the smallest, by its bytes, of every description any import gave it
/// (<c>COLLATE "C"</c> on PostgreSQL, SQLite's own order), so the name depends neither on the engine nor on the order
/// files were imported in. Publishers give a code the vocabulary's own words almost always (every code of
/// <c>../shared/data/ocds</c> has one description).
/// </summary>
internal static class CpvNameWriter
{
    public static void Note(StoreSession session)
    {
        var collate = session.Provider == DatabaseProvider.Postgres ? " COLLATE \"C\"" : string.Empty;
        session.Execute($"""
            INSERT INTO cpv_names (code, description)
            SELECT code, min(trim(description){collate}) FROM classifications
            WHERE ocid IN (SELECT ocid FROM {ReleaseApplier.Affected}) AND upper(scheme) = 'CPV' AND trim(description) <> ''
            GROUP BY code
            ON CONFLICT (code) DO UPDATE SET description = excluded.description WHERE excluded.description{collate} < cpv_names.description{collate}
            """);
    }
}
