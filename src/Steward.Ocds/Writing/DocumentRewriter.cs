using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Steward.Ocds.Reading;

namespace Steward.Ocds.Writing;

/// <summary>
/// Rewrites OCDS input in the shape it came in, one document per output line (compact JSON): a package stays a
/// package with its fields in their order, an array stays an array, a release stays a release. Each release and
/// record passes through a transformation, and is streamed, so memory stays bounded. Officials' personal data is
/// removed from every contact point on the way out (see <see cref="PersonalData"/>).
/// </summary>
public sealed class DocumentRewriter(Stream output)
{
    /// <summary>Changes a release (or a record) in place; returns true if it changed anything.</summary>
    public delegate bool Transform(JsonObject value, RewriteContext context);

    /// <summary>Changes a package field's value (e.g. <c>version</c>); returns the value to write.</summary>
    public delegate JsonNode? FieldTransform(string name, JsonNode? value, RewriteContext context);

    /// <summary>Adds fields to a package before it closes (e.g. a <c>version</c> it lacked).</summary>
    public delegate void PackageEnd(Utf8JsonWriter writer, RewriteContext context, IReadOnlySet<string> fieldsWritten);

    /// <summary>Reads <paramref name="reader"/> to its end, writing every document transformed. Returns how many values changed.</summary>
    public long Rewrite(OcdsReader reader, Transform release, Transform record, FieldTransform? field = null, PackageEnd? end = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(record);
        using var writer = new Utf8JsonWriter(output, OcdsJson.WriterOptions);
        RewriteContext? context = null;
        var arrayOpen = false;
        var arrayWritten = false;
        var fields = new HashSet<string>(StringComparer.Ordinal);
        long changed = 0;
        while (reader.Read() is { } next)
        {
            switch (next.Kind)
            {
                case OcdsEventKind.DocumentStart:
                    context = Begin(next, writer);
                    arrayOpen = false;
                    arrayWritten = false;
                    fields.Clear();
                    break;
                case OcdsEventKind.PackageField:
                    if (arrayOpen)
                    {
                        writer.WriteEndArray();
                        arrayOpen = false;
                    }

                    var value = JsonSerializer.SerializeToNode(next.Value);
                    if (next.Name == "version")
                    {
                        context!.VersionKnown = true;
                        context.DeclaredVersion = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.ToString() : null;
                    }

                    writer.WritePropertyName(next.Name!);
                    WriteNode(writer, field is null ? value : field(next.Name!, value, context!));
                    fields.Add(next.Name!);
                    break;
                case OcdsEventKind.Release or OcdsEventKind.Record:
                    if (context!.IsPackage && !arrayOpen)
                    {
                        writer.WriteStartArray(context.Document.Shape == OcdsShape.RecordPackage ? "records" : "releases");
                        arrayOpen = true;
                        arrayWritten = true;
                    }

                    context.Location = next.Location;
                    var node = JsonNode.Parse(JsonMarshal.GetRawUtf8Value(next.Value))!.AsObject();
                    if ((next.Kind == OcdsEventKind.Release ? release : record)(node, context))
                    {
                        changed++;
                    }

                    PersonalData.Redact(node);
                    node.WriteTo(writer);
                    break;
                case OcdsEventKind.DocumentEnd:
                    Finish(writer, context!, arrayOpen, arrayWritten, fields, end);
                    writer.Flush();
                    output.WriteByte((byte)'\n');
                    writer.Reset(output);
                    break;
                default:
                    break;
            }

            if (writer.BytesPending > 1 << 20)
            {
                writer.Flush();
            }
        }

        writer.Flush();
        return changed;
    }

    private static RewriteContext Begin(OcdsEvent start, Utf8JsonWriter writer)
    {
        var context = new RewriteContext(start.Document);
        if (start.Value.ValueKind == JsonValueKind.Object && context.IsPackage)
        {
            // The whole document was parsed: its version is known before its releases.
            context.VersionKnown = true;
            context.DeclaredVersion = start.Value.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String
                ? version.GetString()
                : null;
        }

        if (context.IsPackage)
        {
            writer.WriteStartObject();
        }
        else if (start.Document.Shape == OcdsShape.Array)
        {
            writer.WriteStartArray();
        }

        return context;
    }

    private static void Finish(Utf8JsonWriter writer, RewriteContext context, bool arrayOpen, bool arrayWritten,
        HashSet<string> fields, PackageEnd? end)
    {
        if (context.IsPackage)
        {
            if (arrayOpen)
            {
                writer.WriteEndArray();
            }
            else if (!arrayWritten)
            {
                writer.WriteStartArray(context.Document.Shape == OcdsShape.RecordPackage ? "records" : "releases");
                writer.WriteEndArray();
            }

            end?.Invoke(writer, context, fields);
            writer.WriteEndObject();
        }
        else if (context.Document.Shape == OcdsShape.Array)
        {
            writer.WriteEndArray();
        }
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    }
}
