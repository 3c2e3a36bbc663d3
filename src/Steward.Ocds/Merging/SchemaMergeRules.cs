using System.Text.Json;

namespace Steward.Ocds.Merging;

/// <summary>
/// Derives <see cref="MergeRules"/> from a release schema (core, or patched with extensions), the way ocdsmerge
/// does: walk <c>properties</c> from the root, resolving local <c>$ref</c>s; <c>omitWhenMerged</c> omits a field;
/// <c>wholeListMerge</c> marks an array; an array whose items are not objects, or are objects without an
/// <c>id</c> property, is merged whole too.
/// </summary>
public static class SchemaMergeRules
{
    private const int MaxDepth = 32;

    /// <summary>Reads the merge rules of a release schema.</summary>
    public static MergeRules FromReleaseSchema(JsonElement schema)
    {
        var omit = new List<string>();
        var whole = new List<string>();
        if (schema.TryGetProperty("properties", out var properties))
        {
            Walk(schema, properties, string.Empty, omit, whole, new HashSet<string>(StringComparer.Ordinal), 0);
        }

        return MergeRules.Create(omit, whole);
    }

    private static void Walk(JsonElement root, JsonElement properties, string path, List<string> omit, List<string> whole,
        HashSet<string> refsInUse, int depth)
    {
        if (depth > MaxDepth || properties.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in properties.EnumerateObject())
        {
            var name = path.Length == 0 ? property.Name : $"{path}/{property.Name}";
            var reference = RefOf(property.Value);
            if (reference is not null && !refsInUse.Add(reference))
            {
                continue; // a recursive schema: the rules below repeat what is already known
            }

            var field = Resolve(root, property.Value);
            var types = TypesOf(field);
            if (IsTrue(field, "omitWhenMerged") || HasStrategy(field, "ocdsOmit"))
            {
                omit.Add(name);
            }
            else if (types.Contains("array") && (IsTrue(field, "wholeListMerge") || HasStrategy(field, "ocdsVersion")))
            {
                whole.Add(name);
            }
            else if (types.Contains("object") && field.TryGetProperty("properties", out var children))
            {
                Walk(root, children, name, omit, whole, refsInUse, depth + 1);
            }
            else if (types.Contains("array") && field.TryGetProperty("items", out var itemsSchema))
            {
                var items = Resolve(root, itemsSchema);
                var itemTypes = TypesOf(items);
                if (itemTypes.Any(t => t != "object"))
                {
                    whole.Add(name);
                }
                else if (items.TryGetProperty("properties", out var itemProperties))
                {
                    if (!itemProperties.TryGetProperty("id", out _))
                    {
                        whole.Add(name);
                    }
                    else
                    {
                        var itemReference = RefOf(itemsSchema);
                        if (itemReference is null || refsInUse.Add(itemReference))
                        {
                            Walk(root, itemProperties, name, omit, whole, refsInUse, depth + 1);
                            if (itemReference is not null)
                            {
                                refsInUse.Remove(itemReference);
                            }
                        }
                    }
                }
            }

            if (reference is not null)
            {
                refsInUse.Remove(reference);
            }
        }
    }

    private static string? RefOf(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference) &&
        reference.ValueKind == JsonValueKind.String
            ? reference.GetString()
            : null;

    /// <summary>Follows local <c>#/definitions/…</c> references; other references resolve to themselves.</summary>
    private static JsonElement Resolve(JsonElement root, JsonElement schema)
    {
        for (var hops = 0; hops < MaxDepth && RefOf(schema) is { } reference && reference.StartsWith("#/", StringComparison.Ordinal); hops++)
        {
            var target = root;
            foreach (var part in reference[2..].Split('/'))
            {
                var name = part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                if (target.ValueKind != JsonValueKind.Object || !target.TryGetProperty(name, out target))
                {
                    return schema;
                }
            }

            schema = target;
        }

        return schema;
    }

    private static List<string> TypesOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var type))
        {
            return [];
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList(),
            _ => [],
        };
    }

    private static bool IsTrue(JsonElement schema, string keyword) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(keyword, out var value) && value.ValueKind == JsonValueKind.True;

    private static bool HasStrategy(JsonElement schema, string strategy) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("mergeStrategy", out var value) &&
        value.ValueKind == JsonValueKind.String && value.ValueEquals(strategy);
}
