using System.Text.Json;
using Steward.Ocds.Reading;

namespace Steward.Ocds.Compiling;

/// <summary>What a compile remembers of one input document: where it came from and its package metadata.</summary>
public sealed class PackageInfo(string source, OcdsShape shape)
{
    public string Source { get; } = source;

    public OcdsShape Shape { get; } = shape;

    public string? Uri { get; set; }

    /// <summary>The declared <c>version</c>, when the package has one.</summary>
    public string? Version { get; set; }

    public bool VersionSeen { get; set; }

    public JsonElement? Publisher { get; set; }

    public string? License { get; set; }

    public string? PublicationPolicy { get; set; }

    public List<string> Extensions { get; } = [];

    /// <summary>Records a package field from the reader (the value is cloned where kept).</summary>
    public void Observe(string name, JsonElement value)
    {
        switch (name)
        {
            case "uri":
                Uri = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                break;
            case "version":
                VersionSeen = true;
                Version = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                break;
            case "publisher":
                Publisher = value.ValueKind == JsonValueKind.Object ? value.Clone() : null;
                break;
            case "license":
                License = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                break;
            case "publicationPolicy":
                PublicationPolicy = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                break;
            case "extensions" when value.ValueKind == JsonValueKind.Array:
                Extensions.AddRange(value.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!));
                break;
            default:
                break;
        }
    }
}
