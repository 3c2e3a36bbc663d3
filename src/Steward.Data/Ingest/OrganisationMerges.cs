namespace Steward.Data.Ingest;

/// <summary>
/// Carries out merges the resolver found (<see cref="OrganisationResolver"/>): the merged organisation's identifiers,
/// name keys, names, supplier-profile links and aliases move to the one it is now, and its id becomes an alias of
/// that one, so old links follow it. Once the processes that referred to it are rebuilt, its row is retired.
/// </summary>
internal static class OrganisationMerges
{
    /// <summary>The temporary table of one round's merges: alias (the merged id) → organisation_id (what it is now).</summary>
    public const string Merged = "merged_organisations";

    public static void Move(StoreSession session, IReadOnlyList<OrganisationMerge> merges, DateTime now)
    {
        session.PrepareTemp(Merged, "alias TEXT PRIMARY KEY, organisation_id TEXT, reason TEXT");
        using (var sink = session.Open(Merged, "alias", "organisation_id", "reason"))
        {
            foreach (var merge in merges.DistinctBy(m => m.From, StringComparer.Ordinal))
            {
                sink.Write(merge.From, merge.Into, merge.Reason);
            }

            sink.Complete();
        }

        const string Target = $"(SELECT m.organisation_id FROM {Merged} m WHERE m.alias = {{0}}.organisation_id)";
        foreach (var table in new[] { "organisation_identifiers", "organisation_name_keys", "supplier_profiles", "organisation_aliases" })
        {
            session.Execute($"UPDATE {table} SET organisation_id = {string.Format(System.Globalization.CultureInfo.InvariantCulture, Target, table)} " +
                            $"WHERE organisation_id IN (SELECT alias FROM {Merged})");
        }

        session.Execute($"""
            INSERT INTO organisation_names (organisation_id, name)
            SELECT m.organisation_id, n.name FROM organisation_names n JOIN {Merged} m ON m.alias = n.organisation_id WHERE true
            ON CONFLICT (organisation_id, name) DO NOTHING
            """);
        session.Execute($"DELETE FROM organisation_names WHERE organisation_id IN (SELECT alias FROM {Merged})");
        session.Execute($"""
            INSERT INTO organisation_aliases (alias, organisation_id, reason, at)
            SELECT alias, organisation_id, reason, @p0 FROM {Merged} WHERE true
            ON CONFLICT (alias) DO UPDATE SET organisation_id = excluded.organisation_id
            """, now);
    }

    /// <summary>Deletes the rows of merged organisations that nothing refers to any more.</summary>
    public static void Retire(StoreSession session, IReadOnlyList<OrganisationMerge> merges)
    {
        foreach (var chunk in merges.Select(m => m.From).Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var placeholders = string.Join(", ", chunk.Select((_, i) => StoreSession.Parameter(i)));
            session.Execute($"""
                DELETE FROM organisations WHERE id IN ({placeholders})
                AND NOT EXISTS (SELECT 1 FROM process_parties pp WHERE pp.organisation_id = organisations.id)
                AND NOT EXISTS (SELECT 1 FROM processes p WHERE p.buyer_id = organisations.id)
                """, chunk.ToArray<object?>());
        }
    }
}
