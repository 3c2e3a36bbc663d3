using System.Text.Json.Nodes;
using Steward.Core.Suppliers;

namespace Steward.Data.Suppliers;

/// <summary>Lays a partial profile (a CSV row) over a stored one: fields replace, identifiers add up, accounts replace by year.</summary>
internal static class ProfileOverlay
{
    /// <summary>The stored profile with the row's fields laid over it; identifiers are added to, accounts replaced by year.</summary>
    public static JsonObject Apply(JsonObject stored, JsonObject row)
    {
        foreach (var (field, value) in row.ToList())
        {
            if (field == "identifiers" && stored["identifiers"] is JsonArray existing)
            {
                var known = existing.Select(Key).ToHashSet(StringComparer.Ordinal);
                foreach (var identifier in value!.AsArray().Where(i => !known.Contains(Key(i))).ToList())
                {
                    existing.Add(identifier!.DeepClone());
                }
            }
            else if (field == "accounts" && stored["accounts"] is JsonArray years)
            {
                var year = value![0]!["year"]?.ToJsonString();
                foreach (var old in years.Where(y => y?["year"]?.ToJsonString() == year).ToList())
                {
                    years.Remove(old);
                }

                years.Add(value[0]!.DeepClone());
            }
            else
            {
                stored[field] = value?.DeepClone();
            }
        }

        return stored;
    }

    /// <summary>An identifier as the store compares it (scheme in upper case, Companies House numbers padded).</summary>
    private static string Key(JsonNode? identifier)
    {
        var scheme = identifier?["scheme"]?.GetValue<string>() ?? string.Empty;
        var id = identifier?["id"]?.GetValue<string>() ?? string.Empty;
        var normalised = ProfileIdentifiers.Normalised(new SupplierProfile { Identifiers = [new SupplierIdentifier(scheme, id)] });
        return normalised.Count > 0 ? normalised[0].Key : $"{scheme}-{id}";
    }
}
