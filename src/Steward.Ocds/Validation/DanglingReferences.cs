using System.Text.Json.Nodes;

namespace Steward.Ocds.Validation;

/// <summary>
/// An extension applied without the extension it builds on can leave <c>$ref</c>s to definitions that are not
/// there (the UK extension refers to the Location extension's <c>#/definitions/Location</c>). Such a reference is
/// replaced by an empty schema, which accepts anything, and named so that the gap can be reported.
/// </summary>
internal static class DanglingReferences
{
    /// <summary>Replaces dangling local references in <paramref name="schema"/>, in place; returns the ones replaced.</summary>
    public static SortedSet<string> Repair(JsonObject schema)
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        Visit(schema);
        return missing;

        void Visit(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["$ref"]?.ToString() is { } reference && reference.StartsWith("#/", StringComparison.Ordinal) && !Resolves(schema, reference))
                    {
                        missing.Add(reference);
                        obj.Remove("$ref");
                    }

                    foreach (var (_, child) in obj.ToList())
                    {
                        Visit(child);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Visit(item);
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private static bool Resolves(JsonObject root, string reference)
    {
        JsonNode? target = root;
        foreach (var part in reference[2..].Split('/'))
        {
            target = target is JsonObject obj ? obj[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)] : null;
        }

        return target is not null;
    }
}
