using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace Steward.Testing.Fuzzing;

/// <summary>
/// JSON values of every type for any field: nulls, booleans, ordinary and absurd numbers (beyond decimal and
/// double, negative zero, exponents), strings that are empty, long, dates that are not, formula-like, personal data,
/// and markers that <see cref="HostileInput"/> turns into lone surrogates, bytes that are not UTF-8 or repeated keys.
/// </summary>
public static class HostileJson
{
    /// <summary>In a string, becomes the escape <c>\ud800</c> (half a surrogate pair) in the JSON text.</summary>
    public const string LoneSurrogate = "⦃lone⦄";

    /// <summary>In a string, becomes the byte 0xFF (not UTF-8) in the JSON text.</summary>
    public const string BadByte = "⦃bad⦄";

    /// <summary>At the end of a key, is removed from the JSON text, so that the key repeats the one before it.</summary>
    public const string Repeat = "⦃rep⦄";

    private static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "0.5", "1e3", "-7.5e-3", "100000000", "2147483648", "9223372036854775808",
        "79228162514264337593543950336", "1e29", "1.7976931348623157e308", "1e400", "-1e400", "1e-400", "123456789012345678901234567890.5",
    ];

    private static readonly string[] Texts =
    [
        "", " ", "x", "2024-01-01", "2024-01-01T00:00:00Z", "2024-13-45T25:61:61Z", "not a date", "ocds-abc123-1", "GB-COH-01234567",
        "sme", "micro", "large", "tender", "award", "contract", "open", "selective", "direct", "goods", "works", "services", "GBP", "XXX",
        "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")", "&amp;amp; &#039;", "Tel 0416 123 462 or a.person@council.gov.uk",
        "\u00e9\u00e8 \u4e2d\u6587 \ud83d\ude00", "line\nbreak\ttab", "\u0000", LoneSurrogate, $"a{LoneSurrogate}b", $"caf{BadByte}", "1", "true", "null",
    ];

    /// <summary>A number, true, false, null or a string.</summary>
    public static Gen<JsonNode?> Scalar { get; } = Gen.Frequency(
        (1, Gen.Const((JsonNode?)null)),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (3, Gen.OneOf(Numbers).Select(Number)),
        (5, Gen.OneOf(Texts).Select(t => (JsonNode?)JsonValue.Create(t))),
        (1, Gen.Int[1, 5_000].Select(n => (JsonNode?)JsonValue.Create(new string('z', n)))));

    /// <summary>Any JSON value, nested a few levels.</summary>
    public static Gen<JsonNode?> Any { get; } = Gen.Recursive<JsonNode?>((depth, any) => depth >= 3
        ? Scalar
        : Gen.Frequency(
            (6, Scalar),
            (1, any.Array[0, 4].Select(items => (JsonNode?)new JsonArray(items))),
            (1, Gen.Select(Gen.OneOf("id", "a", "amount", "value", "ocid", "name", $"id{Repeat}"), any).Array[0, 4]
                .Select(ObjectOf))));

    /// <summary>Nesting <paramref name="depth"/> arrays and objects deep (JSON readers stop at 64).</summary>
    public static JsonNode Deep(int depth)
    {
        JsonNode node = JsonValue.Create("bottom");
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["d"] = node };
        }

        return node;
    }

    /// <summary>An object from members; a key that repeats an earlier one is kept once (the JSON text repeats keys only through <see cref="Repeat"/>).</summary>
    public static JsonNode? ObjectOf((string Key, JsonNode? Value)[] members)
    {
        var result = new JsonObject();
        foreach (var (key, value) in members)
        {
            result[key] = value;
        }

        return result;
    }

    private static JsonNode? Number(string text)
    {
        using var document = JsonDocument.Parse(text);
        return JsonValue.Create(document.RootElement.Clone());
    }
}
