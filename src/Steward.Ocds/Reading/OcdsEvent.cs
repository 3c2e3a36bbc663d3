using System.Text.Json;

namespace Steward.Ocds.Reading;

/// <summary>
/// One step of reading an OCDS input. <see cref="Value"/> is valid only until the reader moves on: clone it
/// (<see cref="JsonElement.Clone"/>) or copy its bytes to keep it.
/// </summary>
public sealed record OcdsEvent(OcdsEventKind Kind, OcdsDocumentInfo Document, SourceLocation Location)
{
    /// <summary>The field name, for <see cref="OcdsEventKind.PackageField"/>.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The release, record or field value. For <see cref="OcdsEventKind.DocumentStart"/>, the whole document when
    /// it was small enough to parse whole (so that a package's metadata can be read before its releases, in
    /// whatever order the keys come); default when the document is streamed, and for document end.
    /// </summary>
    public JsonElement Value { get; init; }
}
