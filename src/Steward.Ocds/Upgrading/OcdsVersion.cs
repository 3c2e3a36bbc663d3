using System.Text.Json;
using System.Text.Json.Nodes;

namespace Steward.Ocds.Upgrading;

/// <summary>Tells OCDS 1.0 data from 1.1, as OCDS Kit does (<c>ocdskit/util.py</c> <c>get_ocds_minor_version</c>).</summary>
public static class OcdsVersion
{
    /// <summary>
    /// True when a package's <c>version</c> is 1.0. A package without <c>version</c> (null) is 1.0: the field was
    /// added in 1.1.
    /// </summary>
    public static bool IsVersion10(string? version) =>
        version is null || version == "1.0" || version.StartsWith("1.0.", StringComparison.Ordinal);

    /// <summary>A record is 1.1 if any of its releases has <c>parties</c>.</summary>
    public static bool IsRecord10(JsonObject record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record["releases"] is not JsonArray releases ||
               !releases.OfType<JsonObject>().Any(r => r.ContainsKey("parties"));
    }

    /// <summary>
    /// For a release whose package says nothing of its version: true when it has no <c>parties</c> and carries a
    /// 1.0 shape: a full organisation where 1.1 has a reference (<c>buyer</c>, <c>procuringEntity</c>,
    /// <c>tenderers</c>, <c>suppliers</c> with fields beyond id and name), an <c>amendment</c>, or a
    /// transaction's <c>providerOrganization</c>/<c>receiverOrganization</c>/<c>amount</c>.
    /// </summary>
    public static bool LooksLike10(JsonElement release)
    {
        if (release.ValueKind != JsonValueKind.Object || release.TryGetProperty("parties", out _))
        {
            return false;
        }

        if (IsFullOrganisation(Field(release, "buyer")))
        {
            return true;
        }

        var tender = Field(release, "tender");
        if (IsFullOrganisation(Field(tender, "procuringEntity")) || Items(Field(tender, "tenderers")).Any(IsFullOrganisation) ||
            Field(tender, "amendment").ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        foreach (var award in Items(Field(release, "awards")))
        {
            if (Items(Field(award, "suppliers")).Any(IsFullOrganisation) || Field(award, "amendment").ValueKind == JsonValueKind.Object)
            {
                return true;
            }
        }

        foreach (var contract in Items(Field(release, "contracts")))
        {
            if (Field(contract, "amendment").ValueKind == JsonValueKind.Object ||
                Items(Field(Field(contract, "implementation"), "transactions")).Any(t =>
                    Field(t, "providerOrganization").ValueKind == JsonValueKind.Object ||
                    Field(t, "receiverOrganization").ValueKind == JsonValueKind.Object ||
                    (Field(t, "amount").ValueKind == JsonValueKind.Object && Field(t, "value").ValueKind == JsonValueKind.Undefined)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFullOrganisation(JsonElement organisation) =>
        organisation.ValueKind == JsonValueKind.Object &&
        organisation.EnumerateObject().Any(p => p.Name is not ("id" or "name"));

    private static JsonElement Field(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) ? value : default;

    private static List<JsonElement> Items(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().ToList() : [];
}
