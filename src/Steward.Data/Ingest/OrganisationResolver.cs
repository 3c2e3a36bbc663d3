using Steward.Core.Processes;

namespace Steward.Data.Ingest;

/// <summary>
/// Finds the organisation row for a published party (<see cref="OrganisationKeys"/>): the organisation one of its
/// identifiers already belongs to, strongest identifier first; else a new organisation keyed by its strongest
/// identifier, or by its normalised name and postcode when it has none. Every identifier of the party is then
/// linked to that organisation (an identifier already linked elsewhere stays where it is).
/// </summary>
internal sealed class OrganisationResolver
{
    private readonly Dictionary<(string Scheme, string Id), string> _owners = [];
    private readonly List<(string Scheme, string Id, string Organisation)> _added = [];

    /// <summary>Identifiers linked since the last <see cref="TakeAdded"/>, to be stored.</summary>
    public IReadOnlyList<(string Scheme, string Id, string Organisation)> TakeAdded()
    {
        var added = _added.ToList();
        _added.Clear();
        return added;
    }

    /// <summary>Loads every stored identifier link.</summary>
    public void Load(StoreSession session)
    {
        _owners.Clear();
        _added.Clear();
        using var command = session.Command("SELECT scheme, identifier, organisation_id FROM organisation_identifiers");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            _owners[(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
        }
    }

    /// <summary>The organisation id for <paramref name="party"/>, or null when it has neither identifier nor name.</summary>
    public string? Resolve(PartyFacts party)
    {
        var identifiers = OrganisationKeys.Ordered(party);
        string? organisation = null;
        foreach (var identifier in identifiers)
        {
            if (_owners.TryGetValue((identifier.Scheme, identifier.Id), out var owner))
            {
                organisation = owner;
                break;
            }
        }

        organisation ??= identifiers.Count > 0 ? identifiers[0].Key : OrganisationKeys.NameKey(party);
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

        return organisation;
    }
}
