using System.Text;
using Steward.Ocds.Reading;

namespace Steward.Ocds.Tests.Reading;

/// <summary>Reads inputs to a simple list of what the reader saw, for assertions.</summary>
internal static class ReaderHarness
{
    public sealed record Seen(OcdsEventKind Kind, OcdsShape Shape, int Document, long Line, long Offset, string? Path, string? Name, string Json);

    public static List<Seen> Read(string text, OcdsReaderOptions? options = null) =>
        Read(Encoding.UTF8.GetBytes(text), options);

    public static List<Seen> Read(byte[] bytes, OcdsReaderOptions? options = null)
    {
        using var reader = new OcdsReader(OcdsInput.Decode(new MemoryStream(bytes)), "input.json", options);
        return Drain(reader);
    }

    public static List<Seen> Drain(OcdsReader reader)
    {
        var seen = new List<Seen>();
        while (reader.Read() is { } next)
        {
            var json = next.Value.ValueKind == System.Text.Json.JsonValueKind.Undefined ? string.Empty : next.Value.GetRawText();
            seen.Add(new Seen(next.Kind, next.Document.Shape, next.Document.Index, next.Location.Line,
                next.Location.ByteOffset, next.Location.JsonPath, next.Name, json));
        }

        return seen;
    }

    public static OcdsReadException Fails(string text, OcdsReaderOptions? options = null) =>
        Assert.Throws<OcdsReadException>(() => Read(text, options));

    public static OcdsReadException Fails(byte[] bytes, OcdsReaderOptions? options = null) =>
        Assert.Throws<OcdsReadException>(() => Read(bytes, options));
}
