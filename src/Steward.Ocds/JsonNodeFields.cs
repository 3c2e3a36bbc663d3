using System.Text.Json.Nodes;

namespace Steward.Ocds;

/// <summary>Reading a field of a node whatever its type: published data may put any JSON value where an object belongs.</summary>
public static class JsonNodeFields
{
    /// <summary>The field <paramref name="name"/> when <paramref name="node"/> is an object; null for anything else.</summary>
    public static JsonNode? Field(this JsonNode? node, string name) => node is JsonObject obj ? obj[name] : null;
}
