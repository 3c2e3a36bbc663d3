using System.Text.Json;

namespace Steward.Ocds.Merging;

/// <summary>
/// The result of merging one process's releases. It refers to the releases' parsed JSON, which must stay alive
/// until it has been written. Officials' personal data in contact points is never written (see
/// <see cref="PersonalData"/>).
/// </summary>
public sealed class MergedProcess
{
    private readonly ObjectNode _root;
    private readonly IReadOnlyList<JsonElement> _releases;
    private readonly bool _versioned;

    internal MergedProcess(string ocid, ObjectNode root, IReadOnlyList<JsonElement> releases, bool versioned, IReadOnlyList<MergeWarning> warnings)
    {
        Ocid = ocid;
        _root = root;
        _releases = releases;
        _versioned = versioned;
        Warnings = warnings;
    }

    public string Ocid { get; }

    /// <summary>The releases in the order they were merged.</summary>
    public IReadOnlyList<JsonElement> Releases => _releases;

    public IReadOnlyList<MergeWarning> Warnings { get; }

    /// <summary>The <c>date</c> of the last release merged, if it has one.</summary>
    public string? LatestDate => _releases.Count == 0 ? null : ReleaseOrder.DateText(_releases[^1]);

    /// <summary>Writes the compiled release: <c>tag</c>, <c>id</c>, <c>date</c>, <c>ocid</c>, then the merged fields.</summary>
    public void WriteCompiled(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_versioned)
        {
            throw new InvalidOperationException("This process was merged as a versioned release; merge it again for the compiled release.");
        }

        writer.WriteStartObject();
        writer.WriteStartArray("tag");
        writer.WriteStringValue("compiled");
        writer.WriteEndArray();
        var date = LatestDate;
        writer.WriteString("id", $"{Ocid}-{date}");
        if (date is not null)
        {
            writer.WriteString("date", date);
        }

        writer.WriteString("ocid", Ocid);
        WriteCompiledFields(writer, _root);
        writer.WriteEndObject();
    }

    /// <summary>Writes the versioned release: <c>ocid</c>, then every field as its list of versions.</summary>
    public void WriteVersioned(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!_versioned)
        {
            throw new InvalidOperationException("This process was merged as a compiled release; merge it with versioned: true.");
        }

        writer.WriteStartObject();
        writer.WriteString("ocid", Ocid);
        WriteVersionedFields(writer, _root);
        writer.WriteEndObject();
    }

    private static void WriteCompiledFields(Utf8JsonWriter writer, ObjectNode node, bool insideContact = false)
    {
        for (var i = 0; i < node.Count; i++)
        {
            ref var field = ref node[i];
            if (insideContact && PersonalData.IsPersonalField(field.Name))
            {
                continue;
            }

            var contact = PersonalData.IsContactField(field.Name);
            switch (field.Node)
            {
                case null when field.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined):
                    writer.WritePropertyName(field.Name);
                    WriteLeaf(writer, field.Value, contact, field.Name);
                    break;
                case ObjectNode obj when HasCompiledContent(obj):
                    writer.WritePropertyName(field.Name);
                    writer.WriteStartObject();
                    WriteCompiledFields(writer, obj, contact);
                    writer.WriteEndObject();
                    break;
                case ArrayNode array:
                    writer.WritePropertyName(field.Name);
                    WriteItems(writer, array, item => WriteCompiledFields(writer, item, contact));
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>An identifier-merged array: each item's <c>id</c> as first published, then its merged fields.</summary>
    private static void WriteItems(Utf8JsonWriter writer, ArrayNode array, Action<ObjectNode> writeFields)
    {
        writer.WriteStartArray();
        foreach (var item in array.Items.Values)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            item.Id.WriteTo(writer);
            writeFields(item.Node);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static bool HasCompiledContent(ObjectNode node)
    {
        for (var i = 0; i < node.Count; i++)
        {
            ref var field = ref node[i];
            var visible = field.Node switch
            {
                null => field.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined),
                ObjectNode obj => HasCompiledContent(obj),
                _ => true,
            };
            if (visible)
            {
                return true;
            }
        }

        return false;
    }

    private void WriteVersionedFields(Utf8JsonWriter writer, ObjectNode node, bool insideContact = false)
    {
        for (var i = 0; i < node.Count; i++)
        {
            ref var field = ref node[i];
            if (insideContact && PersonalData.IsPersonalField(field.Name))
            {
                continue;
            }

            var contact = PersonalData.IsContactField(field.Name);
            writer.WritePropertyName(field.Name);
            switch (field.Node)
            {
                case null:
                    writer.WriteStartArray();
                    foreach (var version in field.History!)
                    {
                        WriteVersion(writer, version, contact, field.Name);
                    }

                    writer.WriteEndArray();
                    break;
                case ObjectNode obj:
                    writer.WriteStartObject();
                    WriteVersionedFields(writer, obj, contact);
                    writer.WriteEndObject();
                    break;
                case ArrayNode array:
                    WriteItems(writer, array, item => WriteVersionedFields(writer, item, contact));
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }
    }

    private void WriteVersion(Utf8JsonWriter writer, LeafVersion version, bool contact, string field)
    {
        var release = _releases[version.Release];
        writer.WriteStartObject();
        writer.WritePropertyName("releaseID");
        WriteFieldOrNull(writer, release, "id");
        writer.WritePropertyName("releaseDate");
        WriteFieldOrNull(writer, release, "date");
        writer.WritePropertyName("releaseTag");
        WriteFieldOrNull(writer, release, "tag");
        writer.WritePropertyName("value");
        WriteLeaf(writer, version.Value, contact, field);
        writer.WriteEndObject();
    }

    /// <summary>Writes a leaf value without officials' personal data (contact points, e-mail addresses and phone numbers in text).</summary>
    private static void WriteLeaf(Utf8JsonWriter writer, JsonElement value, bool contact, string field) =>
        PersonalData.WriteRedacted(writer, value, contact, field);

    private static void WriteFieldOrNull(Utf8JsonWriter writer, JsonElement release, string name)
    {
        if (release.TryGetProperty(name, out var value))
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
