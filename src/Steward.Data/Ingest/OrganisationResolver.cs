using Steward.Core.Processes;

namespace Steward.Data.Ingest;

/// <summary>
/// Finds the organisation for a published party (docs/store.md, "One row per real organisation";
/// <see cref="OrganisationKeys"/>): the organisation one of its register identifiers already belongs to, strongest
/// first; else the one its name key belongs to (the normalised name, and for a supplier its postcode); else a new
/// organisation keyed by its strongest register identifier, or by its name key. A publisher's own party ids never
/// key an organisation. Every identifier and the name key of the party are then linked to that organisation.
/// </summary>
/// <remarks>
/// Two records turn out to be one organisation when a party carries identifiers each already linked to one of them,
/// or when an identified organisation publishes the name of an organisation known only by that name: they are
/// merged (<see cref="TakeMerges"/>), the stronger id naming the result, and the importer rebuilds the processes
/// that referred to the other. Two identified organisations that share a name are left apart: a person confirms
/// such a merge (<c>steward organisations merge</c>), which is kept as an alias and applied here.
/// </remarks>
internal sealed class OrganisationResolver
{
    public const string MergedByIdentifier = "identifier";
    public const string MergedByName = "name";
    public const string MergedByPerson = "confirmed";

    private readonly Dictionary<(string Scheme, string Id), string> _owners = [];
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly List<(string Scheme, string Id, string Organisation)> _added = [];
    private readonly List<(string Key, string Organisation)> _addedNames = [];
    private readonly List<OrganisationMerge> _merges = [];

    /// <summary>Identifiers linked since the last call, to be stored.</summary>
    public IReadOnlyList<(string Scheme, string Id, string Organisation)> TakeAdded()
    {
        var added = _added.Select(a => (a.Scheme, a.Id, Canonical(a.Organisation))).ToList();
        _added.Clear();
        return added;
    }

    /// <summary>Name keys linked since the last call, to be stored.</summary>
    public IReadOnlyList<(string Key, string Organisation)> TakeAddedNames()
    {
        var added = _addedNames.Select(a => (a.Key, Canonical(a.Organisation))).ToList();
        _addedNames.Clear();
        return added;
    }

    /// <summary>Merges found since the last call: each <c>From</c> organisation is now <c>Into</c>.</summary>
    public IReadOnlyList<OrganisationMerge> TakeMerges()
    {
        var merges = _merges.Select(m => m with { Into = Canonical(m.Into) }).ToList();
        _merges.Clear();
        return merges;
    }

    /// <summary>Loads every stored identifier link, name key and alias.</summary>
    public void Load(StoreSession session)
    {
        _owners.Clear();
        _names.Clear();
        _aliases.Clear();
        _added.Clear();
        _addedNames.Clear();
        _merges.Clear();
        using (var command = session.Command("SELECT scheme, identifier, organisation_id FROM organisation_identifiers"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                _owners[(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
            }
        }

        using (var command = session.Command("SELECT name_key, organisation_id FROM organisation_name_keys"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                _names[reader.GetString(0)] = reader.GetString(1);
            }
        }

        using (var command = session.Command("SELECT alias, organisation_id FROM organisation_aliases"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                _aliases[reader.GetString(0)] = reader.GetString(1);
            }
        }
    }

    /// <summary>The organisation id for <paramref name="party"/>, or null when it has neither a register identifier nor a name.</summary>
    public string? Resolve(PartyFacts party)
    {
        var identifiers = OrganisationKeys.Ordered(party);
        var nameKey = OrganisationKeys.NameKey(party, party.IsPublicBody);
        string? organisation = null;
        foreach (var identifier in identifiers)
        {
            if (_owners.TryGetValue((identifier.Scheme, identifier.Id), out var owner))
            {
                owner = Canonical(owner);
                organisation = organisation is null || organisation == owner ? owner : Merge(owner, organisation, MergedByIdentifier);
            }
        }

        if (organisation is null && identifiers.Count > 0)
        {
            organisation = Canonical(identifiers[0].Key);
        }

        if (nameKey is not null && _names.TryGetValue(nameKey, out var named))
        {
            named = Canonical(named);
            if (organisation is null)
            {
                organisation = named;
            }
            else if (named != organisation && IsNameKeyed(named))
            {
                organisation = Merge(named, organisation, MergedByName);
            }
        }

        organisation ??= nameKey is null ? null : Canonical(nameKey);
        if (organisation is null)
        {
            return null;
        }

        foreach (var identifier in identifiers)
        {
            if (_owners.TryAdd((identifier.Scheme, identifier.Id), organisation))
            {
                _added.Add((identifier.Scheme, identifier.Id, organisation));
            }
        }

        if (nameKey is not null && _names.TryAdd(nameKey, organisation))
        {
            _addedNames.Add((nameKey, organisation));
        }

        return organisation;
    }

    /// <summary>The organisation an id now means, following merges.</summary>
    public string Canonical(string id)
    {
        var current = id;
        var hops = 0;
        while (_aliases.TryGetValue(current, out var next) && next != current && hops++ < 64)
        {
            current = next;
        }

        if (current != id)
        {
            _aliases[id] = current;
        }

        return current;
    }

    private static bool IsNameKeyed(string id) => id.StartsWith("name:", StringComparison.Ordinal);

    /// <summary>Makes <paramref name="a"/> and <paramref name="b"/> one organisation, named by the stronger id; returns it.</summary>
    private string Merge(string a, string b, string reason)
    {
        var (into, from) = OrganisationKeys.Strength(a) < OrganisationKeys.Strength(b) ||
                           (OrganisationKeys.Strength(a) == OrganisationKeys.Strength(b) && string.CompareOrdinal(a, b) < 0)
            ? (a, b)
            : (b, a);
        _aliases[from] = into;
        _merges.Add(new OrganisationMerge(from, into, reason));
        return into;
    }
}

/// <summary>Organisation <see cref="From"/> is now <see cref="Into"/>, and why (<see cref="OrganisationResolver"/>).</summary>
internal sealed record OrganisationMerge(string From, string Into, string Reason);
