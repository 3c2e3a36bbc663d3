using System.Data.Common;
using Steward.Data.Portal;

namespace Steward.Data.Organisations;

/// <summary>
/// Finds the organisation an id means today, so that old links keep working (docs/store.md, "Old ids"): the
/// organisation itself; an alias (an id merged into another, or an id an older Steward gave); a register
/// identifier written <c>SCHEME-id</c>; a name key, with or without the postcode older keys carried; or a party id
/// as a publisher published it (<c>GB-CFS-18525</c>, <c>org-7</c>, <c>1</c>), which may mean several organisations.
/// </summary>
public static class OrganisationLookup
{
    /// <summary>The organisations <paramref name="id"/> means now (none, one, or several for a publisher's party id), and how it was found.</summary>
    public static OrganisationMatch Find(DatabaseTarget target, string id)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(id);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            return Find(connection, null, id);
        });
    }

    internal static OrganisationMatch Find(DbConnection connection, DbTransaction? transaction, string id)
    {
        List<string> Query(string sql, params (string, object?)[] parameters) =>
            StoreQuery.List(connection, sql, StoreQuery.With(parameters), r => r.GetString(0), transaction).Distinct(StringComparer.Ordinal).ToList();

        if (Query("SELECT id FROM organisations WHERE id = @id", ("@id", id)).Count == 1)
        {
            return new OrganisationMatch([id], OrganisationMatch.Itself);
        }

        if (Query("SELECT a.organisation_id FROM organisation_aliases a JOIN organisations o ON o.id = a.organisation_id WHERE a.alias = @id", ("@id", id)) is [var aliased])
        {
            return new OrganisationMatch([aliased], OrganisationMatch.Alias);
        }

        for (var dash = id.IndexOf('-', StringComparison.Ordinal); dash > 0 && dash < id.Length - 1; dash = id.IndexOf('-', dash + 1))
        {
            if (Query("SELECT organisation_id FROM organisation_identifiers WHERE scheme = @scheme AND identifier = @identifier",
                    ("@scheme", id[..dash]), ("@identifier", id[(dash + 1)..])) is [var identified])
            {
                return new OrganisationMatch([identified], OrganisationMatch.Identifier);
            }
        }

        if (id.StartsWith("name:", StringComparison.Ordinal))
        {
            foreach (var key in new[] { id, id.Split('|')[0] }.Distinct(StringComparer.Ordinal))
            {
                if (Query("SELECT organisation_id FROM organisation_name_keys WHERE name_key = @key", ("@key", key)) is [var named])
                {
                    return new OrganisationMatch([named], OrganisationMatch.NameKey);
                }
            }

            return new OrganisationMatch([], null);
        }

        var published = Query("SELECT buyer_id FROM processes WHERE buyer_party_id = @id AND buyer_id IS NOT NULL", ("@id", id));
        published.AddRange(id.Contains('%', StringComparison.Ordinal) || id.Contains('_', StringComparison.Ordinal) || id.Contains(',', StringComparison.Ordinal)
            ? Query("SELECT organisation_id FROM process_parties WHERE party_ids = @id", ("@id", id))
            : Query("""
                SELECT organisation_id FROM process_parties
                WHERE party_ids = @id OR party_ids LIKE @first OR party_ids LIKE @last OR party_ids LIKE @middle
                """, ("@id", id), ("@first", $"{id},%"), ("@last", $"%,{id}"), ("@middle", $"%,{id},%")));
        var found = published.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new OrganisationMatch(found, found.Count == 0 ? null : OrganisationMatch.PartyId);
    }
}

/// <summary>The organisations an id means, and how it was found (<see cref="OrganisationLookup"/>).</summary>
public sealed record OrganisationMatch(IReadOnlyList<string> Organisations, string? How)
{
    public const string Itself = "itself";
    public const string Alias = "alias";
    public const string Identifier = "identifier";
    public const string NameKey = "name";
    public const string PartyId = "party id";
}
