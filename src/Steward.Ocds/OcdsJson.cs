using System.Text.Encodings.Web;
using System.Text.Json;

namespace Steward.Ocds;

/// <summary>
/// How Steward writes JSON: compact, and without escaping characters that JSON allows as they are (non-ASCII
/// letters, <c>+</c>, <c>&lt;</c>, <c>&amp;</c>…), since the output is data, not HTML.
/// </summary>
public static class OcdsJson
{
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonSerializerOptions SerializerOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };
}
