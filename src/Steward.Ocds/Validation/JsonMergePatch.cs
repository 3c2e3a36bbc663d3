using System.Text.Json.Nodes;

namespace Steward.Ocds.Validation;

/// <summary>
/// JSON Merge Patch (RFC 7386), the way OCDS extensions are applied to the release schema: objects merge key by
/// key, <c>null</c> deletes a key, anything else replaces.
/// </summary>
public static class JsonMergePatch
{
    /// <summary>Applies <paramref name="patch"/> to <paramref name="target"/> and returns the result.</summary>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target as JsonObject ?? new JsonObject();
        foreach (var (name, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(name);
                continue;
            }

            var existing = result[name];
            result.Remove(name);
            result[name] = Apply(existing, value);
        }

        return result;
    }
}
