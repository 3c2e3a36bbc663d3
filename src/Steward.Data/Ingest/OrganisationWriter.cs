namespace Steward.Data.Ingest;

/// <summary>
/// Stores organisations: new ones are added; an existing one takes the name and flags of the latest process
/// (by date) that published them. New identifier links, name keys and names are added; existing ones stay.
/// </summary>
internal static class OrganisationWriter
{
    private static readonly string[] Columns =
        ["id", "name", "scale", "vcse", "sheltered_workshop", "public_service_mission", "buyer_type", "postal_code", "region", "buyer_kind", "buyer_kind_source",
            "region_source", "as_of"];

    public static void Write(StoreSession session, IReadOnlyList<object?[]> organisations,
        IReadOnlyList<(string Scheme, string Id, string Organisation)> identifiers, IReadOnlyList<(string Key, string Organisation)> nameKeys,
        IReadOnlyList<(string Organisation, string Name)> names)
    {
        if (organisations.Count > 0)
        {
            session.PrepareTemp("stage_organisations",
                "id TEXT, name TEXT, scale TEXT, vcse FLAG, sheltered_workshop FLAG, public_service_mission FLAG, buyer_type TEXT, postal_code TEXT, region TEXT, " +
                "buyer_kind TEXT, buyer_kind_source TEXT, region_source TEXT, as_of STAMP");
            Fill(session, "stage_organisations", Columns, organisations);
            session.Execute($"""
                INSERT INTO organisations ({string.Join(", ", Columns)})
                SELECT {string.Join(", ", Columns)} FROM stage_organisations WHERE true
                ON CONFLICT (id) DO UPDATE SET
                    name = COALESCE(excluded.name, organisations.name), scale = COALESCE(excluded.scale, organisations.scale),
                    vcse = COALESCE(excluded.vcse, organisations.vcse),
                    sheltered_workshop = COALESCE(excluded.sheltered_workshop, organisations.sheltered_workshop),
                    public_service_mission = COALESCE(excluded.public_service_mission, organisations.public_service_mission),
                    buyer_type = COALESCE(excluded.buyer_type, organisations.buyer_type),
                    postal_code = COALESCE(excluded.postal_code, organisations.postal_code),
                    region = COALESCE(excluded.region, organisations.region),
                    region_source = CASE WHEN excluded.region IS NULL THEN organisations.region_source ELSE excluded.region_source END,
                    buyer_kind = COALESCE(excluded.buyer_kind, organisations.buyer_kind),
                    buyer_kind_source = CASE WHEN excluded.buyer_kind IS NULL THEN organisations.buyer_kind_source ELSE excluded.buyer_kind_source END,
                    as_of = excluded.as_of
                WHERE organisations.as_of IS NULL OR (excluded.as_of IS NOT NULL AND excluded.as_of >= organisations.as_of)
                """);
        }

        if (identifiers.Count > 0)
        {
            session.PrepareTemp("stage_identifiers", "scheme TEXT, identifier TEXT, organisation_id TEXT");
            Fill(session, "stage_identifiers", ["scheme", "identifier", "organisation_id"],
                identifiers.Select(i => new object?[] { i.Scheme, i.Id, i.Organisation }).ToList());
            session.Execute("""
                INSERT INTO organisation_identifiers (scheme, identifier, organisation_id)
                SELECT scheme, identifier, organisation_id FROM stage_identifiers WHERE true
                ON CONFLICT (scheme, identifier) DO NOTHING
                """);
        }

        if (nameKeys.Count > 0)
        {
            session.PrepareTemp("stage_name_keys", "name_key TEXT, organisation_id TEXT");
            Fill(session, "stage_name_keys", ["name_key", "organisation_id"], nameKeys.Select(k => new object?[] { k.Key, k.Organisation }).ToList());
            session.Execute("""
                INSERT INTO organisation_name_keys (name_key, organisation_id)
                SELECT name_key, organisation_id FROM stage_name_keys WHERE true
                ON CONFLICT (name_key) DO NOTHING
                """);
        }

        if (names.Count > 0)
        {
            session.PrepareTemp("stage_names", "organisation_id TEXT, name TEXT");
            Fill(session, "stage_names", ["organisation_id", "name"], names.Select(n => new object?[] { n.Organisation, n.Name }).ToList());
            session.Execute("""
                INSERT INTO organisation_names (organisation_id, name)
                SELECT organisation_id, name FROM stage_names WHERE true
                ON CONFLICT (organisation_id, name) DO NOTHING
                """);
        }
    }

    private static void Fill(StoreSession session, string table, string[] columns, IReadOnlyList<object?[]> rows)
    {
        using var sink = session.Open(table, columns);
        foreach (var row in rows)
        {
            sink.Write(row);
        }

        sink.Complete();
    }
}
