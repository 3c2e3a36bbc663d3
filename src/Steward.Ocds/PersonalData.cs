using System.Text.Json;
using System.Text.Json.Nodes;

namespace Steward.Ocds;

/// <summary>
/// Officials' personal data in OCDS: the <c>name</c>, <c>email</c>, <c>telephone</c> and <c>faxNumber</c> of a
/// <c>contactPoint</c> (and of the EU profile's <c>additionalContactPoints</c>). The Open Government Licence does
/// not cover personal data, so Steward never displays, exports or logs them: every output of the toolkit leaves
/// them out, and messages never quote a value found under a contact point.
/// </summary>
public static class PersonalData
{
    /// <summary>True for a field whose object (or array of objects) is a contact point.</summary>
    public static bool IsContactField(string name) => name is "contactPoint" or "additionalContactPoints";

    /// <summary>True for a field of a contact point that holds personal data.</summary>
    public static bool IsPersonalField(string name) => name is "name" or "email" or "telephone" or "faxNumber";

    /// <summary>True when a JSON path (any separator) passes through a contact point.</summary>
    public static bool IsUnderContactPoint(string? path) =>
        path is not null && (path.Contains("contactPoint", StringComparison.Ordinal) ||
                             path.Contains("additionalContactPoints", StringComparison.Ordinal));

    /// <summary>Removes personal fields from every contact point in <paramref name="node"/>, in place.</summary>
    public static void Redact(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (IsContactField(name))
                    {
                        RedactContact(child);
                    }
                    else
                    {
                        Redact(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Redact(item);
                }

                break;
            default:
                break;
        }
    }

    /// <summary>Writes <paramref name="value"/> without the personal fields of its contact points.</summary>
    public static void WriteRedacted(Utf8JsonWriter writer, JsonElement value, bool insideContact = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in value.EnumerateObject())
                {
                    if (insideContact && IsPersonalField(property.Name))
                    {
                        continue;
                    }

                    writer.WritePropertyName(property.Name);
                    WriteRedacted(writer, property.Value, IsContactField(property.Name));
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    WriteRedacted(writer, item, insideContact);
                }

                writer.WriteEndArray();
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }

    private static void RedactContact(JsonNode? contact)
    {
        switch (contact)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).Where(IsPersonalField).ToList())
                {
                    obj.Remove(name);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    RedactContact(item);
                }

                break;
            default:
                break;
        }
    }
}
