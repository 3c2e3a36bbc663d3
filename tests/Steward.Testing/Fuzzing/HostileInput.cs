using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Steward.Ocds;

namespace Steward.Testing.Fuzzing;

/// <summary>
/// Whole OCDS inputs as bytes: a release, a release package, a record package, a JSON array or JSON Lines of
/// <see cref="HostileRelease"/>s; sometimes nested too deep, cut short, or with a release far too large; with the
/// markers of <see cref="HostileJson"/> turned into lone surrogates, bytes that are not UTF-8 and repeated keys.
/// </summary>
public static class HostileInput
{
    private static readonly HostileRelease Release = new();

    /// <summary>One input file's bytes.</summary>
    public static Gen<byte[]> File { get; } = Gen.Select(Release.Array[1, 5], Gen.Int[0, 5], Gen.Int[0, 19], Gen.Int[0, 1_000_000], Shape);

    /// <summary>A JSON Lines file of releases, with no damage beyond the values themselves (an import that should succeed).</summary>
    public static Gen<byte[]> Releases { get; } = Release.Array[1, 6].Select(releases => Bytes(string.Join('\n', releases.Select(Text))));

    /// <summary>The bytes of a JSON text with the markers turned into what they stand for.</summary>
    public static byte[] Bytes(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var text = json.Replace(HostileJson.LoneSurrogate, "\\ud800", StringComparison.Ordinal)
            .Replace(HostileJson.Repeat, string.Empty, StringComparison.Ordinal);
        var parts = text.Split(HostileJson.BadByte);
        var bytes = new List<byte>(text.Length + 16);
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                bytes.Add(0xFF);
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(parts[i]));
        }

        return [.. bytes];
    }

    /// <summary>Text for people: the bytes as UTF-8, with anything that is not shown as U+FFFD.</summary>
    public static string Show(byte[] bytes) => Encoding.UTF8.GetString(bytes ?? []);

    private static byte[] Shape(JsonNode?[] releases, int shape, int damage, int cut)
    {
        var items = releases.Select(Text).ToList();
        var json = shape switch
        {
            0 => items[0],
            1 => $"{{\"uri\":\"http://x\",\"version\":\"1.1\",\"publishedDate\":\"2024-01-01T00:00:00Z\",\"releases\":[\n{string.Join(",\n", items)}]}}",
            2 => $"{{\"version\":\"1.1\",\"records\":[{{\"ocid\":\"ocds-fuzz01-1\",\"releases\":[{string.Join(",", items)}]}}]}}",
            3 => $"[{string.Join(",", items)}]",
            4 => $"{{\"version\":\"1.0\",\"releases\":[{string.Join(",", items)}]}}",
            _ => string.Join('\n', items),
        };
        json = damage switch
        {
            0 => HostileJson.Deep(70).ToJsonString(),
            1 => $"{{\"ocid\":\"ocds-fuzz01-9\",\"id\":\"deep\",\"tender\":{HostileJson.Deep(60).ToJsonString()}}}",
            2 => json[..(cut % Math.Max(json.Length, 1))],
            3 => json.Replace("\"tender\"", "\"awards\":[1,\"x\",null],\"tender\"", StringComparison.Ordinal),
            _ => json,
        };
        return Bytes(json);
    }

    private static string Text(JsonNode? node) => node?.ToJsonString(OcdsJson.SerializerOptions) ?? "null";
}
