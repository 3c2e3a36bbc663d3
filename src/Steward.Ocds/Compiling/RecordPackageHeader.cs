using System.Text.Json;

namespace Steward.Ocds.Compiling;

/// <summary>
/// The metadata of a record package Steward writes. <see cref="Publisher"/>, <see cref="License"/> and
/// <see cref="PublicationPolicy"/> default to those of the last input package when null.
/// </summary>
public sealed record RecordPackageHeader(string Uri, string PublishedDate)
{
    public JsonElement? Publisher { get; init; }

    public string? License { get; init; }

    public string? PublicationPolicy { get; init; }
}
