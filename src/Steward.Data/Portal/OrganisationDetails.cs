using Steward.Data.Analytics;

namespace Steward.Data.Portal;

/// <summary>An organisation as the store knows it: its names, identifiers and latest published flags.</summary>
public sealed record OrganisationDetails
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public string? Scale { get; init; }

    public bool? Vcse { get; init; }

    public bool? ShelteredWorkshop { get; init; }

    public bool? PublicServiceMission { get; init; }

    /// <summary>The UK_CA_TYPE (else TED_CA_TYPE) classification as last published.</summary>
    public string? BuyerType { get; init; }

    /// <summary>Steward's buyer type (<see cref="Core.Processes.BuyerKinds"/>) and what it was read from; null for an organisation never seen buying.</summary>
    public string? BuyerKind { get; init; }

    public string? BuyerKindSource { get; init; }

    /// <summary>First-level UK region and what it was read from (address region or postcode).</summary>
    public string? Region { get; init; }

    public string? RegionSource { get; init; }

    public DateTime? AsOf { get; init; }

    public IReadOnlyList<string> OtherNames { get; init; } = [];

    /// <summary>Identifiers as <c>scheme-id</c> (e.g. <c>GB-COH-01234567</c>).</summary>
    public IReadOnlyList<string> Identifiers { get; init; } = [];

    /// <summary>The organisation, or null when the store has none with this id.</summary>
    public static OrganisationDetails? Read(DatabaseTarget target, string id)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(id);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            var key = StoreQuery.With(("@id", id));
            var row = StoreQuery.List(connection, """
                SELECT name, scale, vcse, sheltered_workshop, public_service_mission, buyer_type, region, as_of, buyer_kind, buyer_kind_source, region_source
                FROM organisations WHERE id = @id
                """, key, r => new OrganisationDetails
            {
                Id = id,
                Name = r.Text(0),
                Scale = r.Text(1),
                Vcse = r.Flag(2),
                ShelteredWorkshop = r.Flag(3),
                PublicServiceMission = r.Flag(4),
                BuyerType = r.Text(5),
                Region = r.Text(6),
                AsOf = r.Stamp(7),
                BuyerKind = r.Text(8),
                BuyerKindSource = r.Text(9),
                RegionSource = r.Text(10),
            }).FirstOrDefault();
            if (row is null)
            {
                return null;
            }

            return row with
            {
                OtherNames = StoreQuery.List(connection, "SELECT name FROM organisation_names WHERE organisation_id = @id ORDER BY name", key, r => r.GetString(0))
                    .Where(n => !string.Equals(n, row.Name, StringComparison.Ordinal)).ToList(),
                Identifiers = StoreQuery.List(connection, "SELECT scheme, identifier FROM organisation_identifiers WHERE organisation_id = @id ORDER BY scheme, identifier", key,
                    r => $"{r.GetString(0)}-{r.GetString(1)}"),
            };
        });
    }
}
