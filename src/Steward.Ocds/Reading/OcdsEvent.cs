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

    /// <summary>The release, record or field value; default for document start and end.</summary>
    public JsonElement Value { get; init; }
}
