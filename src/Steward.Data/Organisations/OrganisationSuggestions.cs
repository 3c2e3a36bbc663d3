using Steward.Core.Processes;
using Steward.Data.Analytics;
using Steward.Data.Portal;

namespace Steward.Data.Organisations;

/// <summary>
/// Organisations that may be one but that Steward keeps apart, for a person to confirm (<c>steward organisations
/// merge</c>): records published under the same name (normalised) with different register identifiers, or a
/// supplier known only by its name at two postcodes. Steward never merges these on its own: two councils or
/// companies can share a name.
/// </summary>
public static class OrganisationSuggestions
{
    /// <summary>Each pair: the stronger id first (the one a merge would keep), the other, the name they share, and whether either buys.</summary>
    public static IReadOnlyList<OrganisationSuggestion> Read(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        DatabaseMigrator.EnsureReady(target);
        var rows = DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            return StoreQuery.List(connection, """
                SELECT o.id, n.name, o.buyer_kind FROM organisation_names n JOIN organisations o ON o.id = n.organisation_id
                """, StoreQuery.With(), r => (Id: r.GetString(0), Name: r.GetString(1), Buyer: r.Text(2) is not null));
        });
        return rows
            .Select(r => (r.Id, r.Buyer, Key: OrganisationKeys.NormaliseName(r.Name), r.Name))
            .Where(r => r.Key.Length > 0)
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .Select(g => (Name: g.First().Name, Organisations: g.GroupBy(r => r.Id, StringComparer.Ordinal)
                .Select(o => (Id: o.Key, Buyer: o.Any(r => r.Buyer)))
                .OrderBy(o => OrganisationKeys.Strength(o.Id)).ThenBy(o => o.Id, StringComparer.Ordinal).ToList()))
            .Where(g => g.Organisations.Count > 1)
            .SelectMany(g => g.Organisations.Skip(1).Select(o => new OrganisationSuggestion(g.Organisations[0].Id, o.Id, g.Name, g.Organisations[0].Buyer || o.Buyer)))
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Candidate, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary><see cref="Candidate"/> may be <see cref="Organisation"/>: both were published as <see cref="Name"/>.</summary>
public sealed record OrganisationSuggestion(string Organisation, string Candidate, string Name, bool Buyer);
