using Steward.Data.Organisations;

namespace Steward.Data.Ingest;

/// <summary>
/// What <c>steward db rebuild</c> does to organisations: clears every derived row so that each organisation is
/// resolved afresh (keeping the merges a person confirmed), and afterwards points supplier-register links whose
/// organisation id changed at the organisation that id means now (<see cref="OrganisationLookup"/>).
/// </summary>
internal static class IdentityReset
{
    public static void Clear(StoreSession session)
    {
        // Explicitly first, so that SQLite's triggers take the rows out of the full-text index too.
        session.Execute("DELETE FROM search_texts");
        session.Execute("DELETE FROM processes");
        session.Execute("DELETE FROM records");
        session.Execute("DELETE FROM organisation_name_keys");
        session.Execute("DELETE FROM organisation_identifiers");
        session.Execute("DELETE FROM organisation_names");
        session.Execute($"DELETE FROM organisation_aliases WHERE reason <> '{OrganisationResolver.MergedByPerson}'");
        session.Execute("DELETE FROM organisations");
    }

    public static void RelinkProfiles(StoreSession session)
    {
        var stale = new List<(string Profile, string Organisation)>();
        using (var command = session.Command("""
            SELECT p.id, p.organisation_id FROM supplier_profiles p
            WHERE p.organisation_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.id = p.organisation_id)
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                stale.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (profile, organisation) in stale)
        {
            if (OrganisationLookup.Find(session.Connection, session.Transaction, organisation).Organisations is [var now])
            {
                session.Execute("UPDATE supplier_profiles SET organisation_id = @p0 WHERE id = @p1", now, profile);
            }
        }
    }
}
