using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Steward.Ocds.Upgrading;

/// <summary>
/// Upgrades OCDS 1.0 releases and records to 1.1, as the standard's upgrade guidance and OCDS Kit's
/// <c>upgrade</c> (<c>ocdskit/upgrade.py</c>) do:
/// <list type="bullet">
/// <item><c>buyer</c>, <c>tender.procuringEntity</c>, <c>tender.tenderers[]</c> and <c>awards[].suppliers[]</c>
/// become entries of <c>parties</c> with the roles buyer, procuringEntity, tenderer and supplier, and are replaced
/// by references <c>{id, name}</c>; an organisation without an <c>id</c> gets the MD5 of its name, identifier,
/// address and contact point, as OCDS Kit computes it;</item>
/// <item><c>amendment</c> in tender, awards and contracts becomes one entry of <c>amendments</c>;</item>
/// <item>a transaction's <c>amount</c> becomes <c>value</c>, and <c>providerOrganization</c> /
/// <c>receiverOrganization</c> become <c>payer</c> / <c>payee</c> parties (OCDS Kit forgets to add these new
/// parties to <c>parties</c>; Steward adds them).</item>
/// </list>
/// The first copy of an organisation seen wins; later copies only add their role.
/// </summary>
public static class Upgrade10To11
{
    private static readonly string[][] HashParts =
    [
        ["name"],
        ["identifier", "scheme"], ["identifier", "id"], ["identifier", "legalName"], ["identifier", "uri"],
        ["address", "streetAddress"], ["address", "locality"], ["address", "region"], ["address", "postalCode"], ["address", "countryName"],
        ["contactPoint", "name"], ["contactPoint", "email"], ["contactPoint", "telephone"], ["contactPoint", "faxNumber"], ["contactPoint", "url"],
    ];

    private static readonly string[] LeadingKeys = ["ocid", "id", "date", "tag", "initiationType", "parties"];

    /// <summary>Upgrades one release in place. Returns true if anything changed.</summary>
    public static bool UpgradeRelease(JsonObject release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var before = release.ToJsonString();
        var hadParties = release.ContainsKey("parties");
        var parties = new PartyTable(release);

        MoveOrganisation(release, "buyer", "buyer", parties);
        if (release["tender"] is JsonObject tender)
        {
            MoveOrganisation(tender, "procuringEntity", "procuringEntity", parties);
            MoveOrganisations(tender, "tenderers", "tenderer", parties);
            MergeAmendment(tender);
        }

        foreach (var award in Objects(release["awards"]))
        {
            MoveOrganisations(award, "suppliers", "supplier", parties);
            MergeAmendment(award);
        }

        foreach (var contract in Objects(release["contracts"]))
        {
            MergeAmendment(contract);
            if (contract["implementation"] is JsonObject implementation)
            {
                foreach (var transaction in Objects(implementation["transactions"]))
                {
                    UpgradeTransaction(transaction, parties);
                }
            }
        }

        if (parties.Added && !hadParties)
        {
            release["parties"] = parties.ToArray();
            Reorder(release, LeadingKeys);
        }
        else if (parties.Added)
        {
            release["parties"] = parties.ToArray();
        }

        return before != release.ToJsonString();
    }

    /// <summary>Upgrades a record's releases and compiledRelease in place (the versioned release is left as is).</summary>
    public static bool UpgradeRecord(JsonObject record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var changed = false;
        foreach (var release in Objects(record["releases"]))
        {
            // Linked releases ({url, date, tag}) carry nothing to upgrade.
            changed |= release.ContainsKey("ocid") && UpgradeRelease(release);
        }

        if (record["compiledRelease"] is JsonObject compiled)
        {
            changed |= UpgradeRelease(compiled);
        }

        return changed;
    }

    /// <summary>The id OCDS Kit gives an organisation that has none: MD5 of its name, identifier, address and contact.</summary>
    public static string HashId(JsonObject organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var parts = new List<string>();
        foreach (var path in HashParts)
        {
            var parent = path.Length == 1 ? organisation : organisation[path[0]] as JsonObject;
            if (parent is null)
            {
                continue; // an absent parent object contributes no parts at all
            }

            parts.Add(PythonText(parent[path[^1]]));
        }

#pragma warning disable CA5351 // MD5 is not used for security: it reproduces OCDS Kit's organisation ids.
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(string.Join("-", parts)));
#pragma warning restore CA5351
        return Convert.ToHexStringLower(hash);
    }

    private static void MoveOrganisation(JsonObject parent, string field, string role, PartyTable parties)
    {
        if (parent[field] is JsonObject organisation)
        {
            parent[field] = parties.Reference(organisation, role);
        }
    }

    private static void MoveOrganisations(JsonObject parent, string field, string role, PartyTable parties)
    {
        if (parent[field] is not JsonArray organisations)
        {
            return;
        }

        for (var i = 0; i < organisations.Count; i++)
        {
            if (organisations[i] is JsonObject organisation)
            {
                organisations[i] = parties.Reference(organisation, role);
            }
        }
    }

    private static void MergeAmendment(JsonObject parent)
    {
        if (!parent.TryGetPropertyValue("amendment", out var amendment))
        {
            return;
        }

        parent.Remove("amendment");
        if (amendment is null)
        {
            return;
        }

        if (parent["amendments"] is not JsonArray amendments)
        {
            amendments = [];
            parent["amendments"] = amendments;
        }

        if (!amendments.Any(a => JsonNode.DeepEquals(a, amendment)))
        {
            amendments.Add(amendment);
        }
    }

    private static void UpgradeTransaction(JsonObject transaction, PartyTable parties)
    {
        if (!transaction.ContainsKey("value") && transaction.TryGetPropertyValue("amount", out var amount))
        {
            transaction.Remove("amount");
            transaction["value"] = amount;
        }

        MoveTransactionOrganisation(transaction, "providerOrganization", "payer", parties);
        MoveTransactionOrganisation(transaction, "receiverOrganization", "payee", parties);
    }

    private static void MoveTransactionOrganisation(JsonObject transaction, string oldField, string role, PartyTable parties)
    {
        if (transaction.ContainsKey(role) || transaction[oldField] is not JsonObject identifier)
        {
            return;
        }

        // 1.0 held an Identifier here; 1.1 refers to a party that carries it.
        var organisation = new JsonObject { ["identifier"] = identifier.DeepClone() };
        if (identifier["legalName"] is JsonValue legalName)
        {
            organisation["name"] = legalName.DeepClone();
        }

        transaction[role] = parties.Reference(organisation, role);
    }

    private static List<JsonObject> Objects(JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonObject>().ToList() : [];

    private static void Reorder(JsonObject target, string[] leading)
    {
        var all = target.ToList();
        target.Clear();
        foreach (var key in leading)
        {
            var match = all.FindIndex(p => p.Key == key);
            if (match >= 0)
            {
                target[key] = all[match].Value;
                all.RemoveAt(match);
            }
        }

        foreach (var (key, value) in all)
        {
            target[key] = value;
        }
    }

    /// <summary>A value as Python's <c>str()</c> prints it, or "" for a falsy value, as OCDS Kit joins them.</summary>
    private static string PythonText(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return node is null ? string.Empty : node.ToJsonString();
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => "True",
            JsonValueKind.Number => value.ToJsonString() is "0" or "0.0" ? string.Empty : value.ToJsonString(),
            _ => string.Empty,
        };
    }

    /// <summary>The release's parties by id, in order, with the ones added by the upgrade.</summary>
    private sealed class PartyTable
    {
        private readonly OrderedDictionary<string, JsonObject> _parties = new(StringComparer.Ordinal);

        public PartyTable(JsonObject release)
        {
            foreach (var party in Objects(release["parties"]))
            {
                var id = IdOf(party) ?? HashId(party);
                _parties.TryAdd(id, party);
            }
        }

        public bool Added { get; private set; }

        public JsonObject Reference(JsonObject organisation, string role)
        {
            var id = IdOf(organisation) ?? HashId(organisation);
            if (!_parties.TryGetValue(id, out var party))
            {
                party = new JsonObject { ["id"] = id, ["roles"] = new JsonArray() };
                foreach (var (key, value) in organisation.ToList())
                {
                    if (key is not ("id" or "roles"))
                    {
                        organisation.Remove(key);
                        party[key] = value;
                    }
                }

                _parties.Add(id, party);
                Added = true;
            }

            AddRole(party, role);
            var reference = new JsonObject { ["id"] = id };
            if (party.TryGetPropertyValue("name", out var name))
            {
                reference["name"] = name?.DeepClone();
            }

            return reference;
        }

        public JsonArray ToArray()
        {
            var array = new JsonArray();
            foreach (var party in _parties.Values)
            {
                party.Parent?.AsArray().Remove(party);
                array.Add(party);
            }

            return array;
        }

        private void AddRole(JsonObject party, string role)
        {
            var roles = party["roles"] switch
            {
                JsonArray array => array.Select(r => r?.ToString() ?? string.Empty).Order(StringComparer.Ordinal).ToList(),
                JsonValue single => [single.ToString()],
                _ => [],
            };
            if (roles.Contains(role))
            {
                return;
            }

            roles.Add(role);
            Added = true;
            party["roles"] = new JsonArray(roles.Select(r => (JsonNode?)r).ToArray());
        }

        private static string? IdOf(JsonObject organisation) =>
            organisation["id"] is JsonValue id && id.GetValueKind() is JsonValueKind.String or JsonValueKind.Number
                ? id.ToString()
                : null;
    }
}
