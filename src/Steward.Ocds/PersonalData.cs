using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Steward.Ocds;

/// <summary>
/// Officials' personal data in OCDS: the <c>name</c>, <c>email</c>, <c>telephone</c> and <c>faxNumber</c> of a
/// <c>contactPoint</c> (and of the EU profile's <c>additionalContactPoints</c>). The Open Government Licence does
/// not cover personal data, so Steward never displays, exports or logs them: every output of the toolkit leaves
/// them out, and messages never quote a value found under a contact point. E-mail addresses and phone numbers in
/// free text are masked on the way out too (<see cref="PersonalText"/>).
/// </summary>
public static class PersonalData
{
    private static readonly FieldNames ContactFields = new(["contactPoint", "additionalContactPoints"]);

    private static readonly FieldNames PersonalFields = new(["name", "email", "telephone", "faxNumber"]);

    /// <summary>True for a field whose object (or array of objects) is a contact point.</summary>
    public static bool IsContactField(string name) => ContactFields.Is(name);

    /// <summary>True for a field of a contact point that holds personal data.</summary>
    public static bool IsPersonalField(string name) => PersonalFields.Is(name);

    /// <summary>True when a JSON path (any separator) passes through a contact point.</summary>
    public static bool IsUnderContactPoint(string? path) =>
        path is not null && (path.Contains("contactPoint", StringComparison.Ordinal) ||
                             path.Contains("additionalContactPoints", StringComparison.Ordinal));

    /// <summary>
    /// Removes personal fields from every contact point in <paramref name="node"/>, and masks e-mail addresses and
    /// phone numbers in its free text, in place.
    /// </summary>
    public static void Redact(JsonNode? node, string? field = null)
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
                    else if (child is JsonValue value && value.GetValueKind() == JsonValueKind.String)
                    {
                        if (PersonalText.IsFreeText(name) && value.ToString() is var text && PersonalText.Mask(text) is var masked && !ReferenceEquals(masked, text))
                        {
                            obj[name] = masked;
                        }
                    }
                    else
                    {
                        Redact(child, name);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
                    {
                        if (PersonalText.IsFreeText(field) && value.ToString() is var text && PersonalText.Mask(text) is var masked && !ReferenceEquals(masked, text))
                        {
                            array[i] = masked;
                        }
                    }
                    else
                    {
                        Redact(array[i], field);
                    }
                }

                break;
            default:
                break;
        }
    }

    /// <summary>
    /// Writes <paramref name="value"/> without the personal fields of its contact points, with e-mail addresses and
    /// phone numbers in its free text masked. <paramref name="field"/> is the name the value is under.
    /// </summary>
    public static void WriteRedacted(Utf8JsonWriter writer, JsonElement value, bool insideContact = false, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Write(writer, value, insideContact, PersonalText.IsFreeText(field));
    }

    /// <summary>
    /// <see cref="WriteRedacted"/>, with property names read and written as the UTF-8 the document holds (no .NET string
    /// made for each: a quarter of staging a release). A name with an escape in it is unescaped and written as text,
    /// as before; either way the writer escapes it the same, so the bytes written do not change.
    /// </summary>
    private static void Write(Utf8JsonWriter writer, JsonElement value, bool insideContact, bool freeText)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in value.EnumerateObject())
                {
                    var raw = JsonMarshal.GetRawUtf8PropertyName(property);
                    if (raw.Contains((byte)'\\'))
                    {
                        var name = property.Name;
                        if (insideContact && IsPersonalField(name))
                        {
                            continue;
                        }

                        writer.WritePropertyName(name);
                        Write(writer, property.Value, IsContactField(name), PersonalText.IsFreeText(name));
                        continue;
                    }

                    if (insideContact && IsPersonalField(raw))
                    {
                        continue;
                    }

                    writer.WritePropertyName(raw);
                    Write(writer, property.Value, IsContactField(raw), PersonalText.IsFreeText(raw));
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    Write(writer, item, insideContact, freeText);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String when freeText && PersonalText.MayHold(JsonMarshal.GetRawUtf8Value(value)):
                var text = value.GetString()!;
                var masked = PersonalText.Mask(text);
                if (masked == text)
                {
                    value.WriteTo(writer);
                }
                else
                {
                    writer.WriteStringValue(masked);
                }

                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }

    /// <summary><see cref="IsContactField(string)"/> on a name's UTF-8.</summary>
    private static bool IsContactField(ReadOnlySpan<byte> name) => ContactFields.Is(name);

    /// <summary><see cref="IsPersonalField(string)"/> on a name's UTF-8.</summary>
    private static bool IsPersonalField(ReadOnlySpan<byte> name) => PersonalFields.Is(name);

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
