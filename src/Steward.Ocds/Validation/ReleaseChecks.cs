using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Steward.Ocds.Validation;

/// <summary>
/// Checks a JSON Schema cannot express, of the kind the OCDS Data Review Tool and Pelican make, reported as
/// warnings: an ocid without a registered-prefix shape, codes outside an open codelist, empty fields, periods that
/// end before they start, contracts signed before their award, and references to parties that are not there.
/// </summary>
internal static partial class ReleaseChecks
{
    /// <summary>Every check on one release; <paramref name="prefix"/> goes in front of paths (e.g. <c>compiledRelease</c>).</summary>
    public static IEnumerable<(string Code, string Path, string Message)> Run(JsonElement release, OcdsSchema schema, string? prefix)
    {
        var problems = new List<(string, string, string)>();
        void Add(string code, string path, string message) =>
            problems.Add((code, string.IsNullOrEmpty(prefix) ? path : $"{prefix}/{path}", message));

        if (release.TryGetProperty("ocid", out var ocid) && ocid.ValueKind == JsonValueKind.String && !OcidPrefix().IsMatch(ocid.GetString()!))
        {
            Add("ocid-prefix", "ocid",
                $"the ocid \"{ocid.GetString()}\" does not begin with an OCID prefix of the registered form ocds-xxxxxx- (six lower-case letters or digits)");
        }

        WalkCodelists(release, schema.ReleaseSchemaJson, schema, string.Empty, Add, 0);
        WalkValues(release, string.Empty, Add);
        CheckContractsAfterAwards(release, Add);
        CheckPartyReferences(release, Add);
        return problems;
    }

    /// <summary>Open codelists: a code the codelist lacks is allowed but worth a look (closed ones are schema errors).</summary>
    private static void WalkCodelists(JsonElement data, JsonObject schemaNode, OcdsSchema schema, string path,
        Action<string, string, string> add, int depth)
    {
        if (depth > 32)
        {
            return;
        }

        var resolved = Resolve(schema.ReleaseSchemaJson, schemaNode);
        switch (data.ValueKind)
        {
            case JsonValueKind.Object when resolved["properties"] is JsonObject properties:
                foreach (var property in data.EnumerateObject())
                {
                    if (properties[property.Name] is not JsonObject fieldSchema)
                    {
                        continue;
                    }

                    var field = Resolve(schema.ReleaseSchemaJson, fieldSchema);
                    var fieldPath = Join(path, property.Name);
                    CheckOpenCodelist(property.Value, field, schema, fieldPath, add);
                    WalkCodelists(property.Value, field, schema, fieldPath, add, depth + 1);
                }

                break;
            case JsonValueKind.Array when resolved["items"] is JsonObject items:
                var index = 0;
                foreach (var item in data.EnumerateArray())
                {
                    WalkCodelists(item, items, schema, Join(path, index.ToString(CultureInfo.InvariantCulture)), add, depth + 1);
                    index++;
                }

                break;
            default:
                break;
        }
    }

    private static void CheckOpenCodelist(JsonElement value, JsonObject field, OcdsSchema schema, string path, Action<string, string, string> add)
    {
        if (field["codelist"]?.ToString() is not { } name || field["openCodelist"]?.GetValueKind() != JsonValueKind.True ||
            !schema.Codelists.TryGetValue(name, out var codes))
        {
            return;
        }

        IEnumerable<JsonElement> values = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];
        foreach (var code in values.Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!))
        {
            if (!codes.Contains(code))
            {
                add("codelist-open", path, $"\"{code}\" is not in the open codelist {name}; open codelists allow new codes, but check the spelling");
            }
        }
    }

    /// <summary>Empty strings, objects and arrays; and periods whose end is before their start.</summary>
    private static void WalkValues(JsonElement data, string path, Action<string, string, string> add)
    {
        switch (data.ValueKind)
        {
            case JsonValueKind.Object:
                var any = false;
                foreach (var property in data.EnumerateObject())
                {
                    any = true;
                    WalkValues(property.Value, Join(path, property.Name), add);
                }

                if (!any)
                {
                    add("empty-field", path, "this object is empty; leave the field out instead");
                }

                CheckPeriod(data, path, add);
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in data.EnumerateArray())
                {
                    WalkValues(item, Join(path, index.ToString(CultureInfo.InvariantCulture)), add);
                    index++;
                }

                if (index == 0)
                {
                    add("empty-field", path, "this array is empty; leave the field out instead");
                }

                break;
            case JsonValueKind.String when data.GetString()!.Trim().Length == 0:
                add("empty-field", path, "this string is empty; leave the field out instead");
                break;
            default:
                break;
        }
    }

    private static void CheckPeriod(JsonElement obj, string path, Action<string, string, string> add)
    {
        if (Date(obj, "startDate") is { } start && Date(obj, "endDate") is { } end && end < start)
        {
            add("period-order", path, $"this period ends ({Text(obj, "endDate")}) before it starts ({Text(obj, "startDate")})");
        }
    }

    private static void CheckContractsAfterAwards(JsonElement release, Action<string, string, string> add)
    {
        if (!release.TryGetProperty("awards", out var awards) || awards.ValueKind != JsonValueKind.Array ||
            !release.TryGetProperty("contracts", out var contracts) || contracts.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var awardDates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var awardIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var award in awards.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object))
        {
            if (IdText(award, "id") is { } id)
            {
                awardIds.Add(id);
                if (Date(award, "date") is { } date)
                {
                    awardDates[id] = date;
                }
            }
        }

        var index = 0;
        foreach (var contract in contracts.EnumerateArray())
        {
            var contractPath = $"contracts/{index++}";
            if (contract.ValueKind != JsonValueKind.Object || IdText(contract, "awardID") is not { } awardId)
            {
                continue;
            }

            if (!awardIds.Contains(awardId))
            {
                add("contract-award-unknown", $"{contractPath}/awardID", $"this contract's awardID \"{awardId}\" matches no award in the release");
            }
            else if (Date(contract, "dateSigned") is { } signed && awardDates.TryGetValue(awardId, out var awarded) && signed < awarded)
            {
                add("contract-before-award", $"{contractPath}/dateSigned",
                    $"the contract was signed ({Text(contract, "dateSigned")}) before its award was made ({awarded:yyyy-MM-dd})");
            }
        }
    }

    private static void CheckPartyReferences(JsonElement release, Action<string, string, string> add)
    {
        if (!release.TryGetProperty("parties", out var parties) || parties.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var ids = parties.EnumerateArray().Select(p => p.ValueKind == JsonValueKind.Object ? IdText(p, "id") : null)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        void Check(JsonElement reference, string path)
        {
            if (reference.ValueKind == JsonValueKind.Object && IdText(reference, "id") is { } id && !ids.Contains(id))
            {
                add("party-reference-unknown", path, $"this refers to the party \"{id}\", which is not in parties");
            }
        }

        if (release.TryGetProperty("buyer", out var buyer))
        {
            Check(buyer, "buyer");
        }

        if (release.TryGetProperty("awards", out var awards) && awards.ValueKind == JsonValueKind.Array)
        {
            var a = 0;
            foreach (var award in awards.EnumerateArray())
            {
                if (award.ValueKind == JsonValueKind.Object && award.TryGetProperty("suppliers", out var suppliers) && suppliers.ValueKind == JsonValueKind.Array)
                {
                    var s = 0;
                    foreach (var supplier in suppliers.EnumerateArray())
                    {
                        Check(supplier, $"awards/{a}/suppliers/{s++}");
                    }
                }

                a++;
            }
        }
    }

    private static JsonObject Resolve(JsonObject root, JsonObject schema)
    {
        for (var hops = 0; hops < 16 && schema["$ref"]?.ToString() is { } reference && reference.StartsWith("#/", StringComparison.Ordinal); hops++)
        {
            JsonNode? target = root;
            foreach (var part in reference[2..].Split('/'))
            {
                target = target?[part];
            }

            if (target is not JsonObject next)
            {
                break;
            }

            schema = next;
        }

        return schema;
    }

    private static DateTimeOffset? Date(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String &&
        DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    private static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) ? value.ToString() : null;

    private static string? IdText(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? value.ToString()
            : null;

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}/{name}";

    [GeneratedRegex("^ocds-[a-z0-9]{6}-", RegexOptions.CultureInvariant)]
    private static partial Regex OcidPrefix();
}
