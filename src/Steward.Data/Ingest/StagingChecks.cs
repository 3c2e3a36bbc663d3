using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using Steward.Ocds;
using Steward.Ocds.Reading;

namespace Steward.Data.Ingest;

/// <summary>
/// What the import checks before it stores a release: an ocid it can key the release by (present, text, at most
/// <see cref="MaxIdentifierLength"/> characters) and a release id of that length at most, else the release is left
/// out with an error; and amounts beyond what the figures can hold, which are stored but warned about.
/// </summary>
internal static class StagingChecks
{
    /// <summary>The longest ocid or release id stored: real ones are under 100 characters; longer ones cannot be linked to.</summary>
    public const int MaxIdentifierLength = 256;

    /// <summary>An error when the release cannot be stored, else null.</summary>
    public static OcdsProblem? Refusal(JsonElement release, string? recordOcid, SourceLocation location)
    {
        string? problem = null;
        var code = "release-ocid-invalid";
        if (!release.TryGetProperty("ocid", out var ocid) || ocid.ValueKind == JsonValueKind.Null)
        {
            if (string.IsNullOrEmpty(recordOcid))
            {
                problem = "this release has no ocid, so it cannot be stored; it was left out";
                code = "release-without-ocid";
            }
        }
        else if (ocid.ValueKind != JsonValueKind.String)
        {
            problem = $"this release's `ocid` is {Describe(ocid)}, where OCDS needs a string; it cannot be stored and was left out";
        }
        else if (ocid.GetString() is not { Length: > 0 } text || string.IsNullOrWhiteSpace(text))
        {
            problem = "this release's `ocid` is empty, so it cannot be stored; it was left out";
            code = "release-without-ocid";
        }
        else if (text.Length > MaxIdentifierLength)
        {
            problem = $"this release's `ocid` is {text.Length:N0} characters long, more than the {MaxIdentifierLength} Steward stores; it was left out";
        }

        if (problem is null && release.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number &&
            id.ToString().Length > MaxIdentifierLength)
        {
            problem = $"this release's `id` is {id.ToString().Length:N0} characters long, more than the {MaxIdentifierLength} Steward stores; it was left out";
            code = "release-id-invalid";
        }

        return problem is null ? null : new OcdsProblem(ProblemSeverity.Error, code, problem) { Location = location, JsonPath = location.JsonPath };
    }

    /// <summary>Warnings for a release that is stored: amounts too large for the figures.</summary>
    public static IEnumerable<OcdsProblem> Warnings(JsonElement release, string ocid, SourceLocation location) =>
        HasHugeAmount(release) ? HugeAmountWarnings(release, ocid, location) : [];

    private static IEnumerable<OcdsProblem> HugeAmountWarnings(JsonElement release, string ocid, SourceLocation location)
    {
        var releaseId = release.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number ? id.ToString() : null;
        foreach (var (path, text) in HugeAmounts(release, string.Empty))
        {
            yield return new OcdsProblem(ProblemSeverity.Warning, "amount-too-large",
                $"the amount {text} is larger than the figures can hold (about 7.9e28, the most a decimal holds); it is stored as published " +
                "but left out of every figure")
            {
                Location = location,
                Ocid = ocid,
                ReleaseId = releaseId,
                JsonPath = path,
            };
        }
    }

    /// <summary>
    /// Whether any amount is too large, without building paths: nearly every release has none, and naming the path of
    /// each field on the way cost a second of a 50,000-release import. Read from the release's text where that finds
    /// the same (<see cref="HasHugeAmountInText"/>), else by walking it.
    /// </summary>
    private static bool HasHugeAmount(JsonElement release)
    {
        var json = JsonMarshal.GetRawUtf8Value(release);
        return json.IndexOf("\\u"u8) >= 0 ? HasHugeAmountInTree(release) : HasHugeAmountInText(json);
    }

    /// <summary>
    /// <see cref="HasHugeAmount"/> from the JSON text without a <c>\u</c> escape: every <c>amount</c> or
    /// <c>amountGross</c> field is then written with that name in quotes, a colon (maybe with spaces) and its value, since no
    /// other escape can spell those names; so only the numbers after those names are read, each as the tree's
    /// <see cref="JsonElement.TryGetDecimal"/> would. Text that only looks like such a field (inside a string, after an
    /// escaped quote) can answer true where the tree does not, never false where it does; a true is checked on the
    /// tree (<see cref="HugeAmountWarnings"/>).
    /// </summary>
    internal static bool HasHugeAmountInText(ReadOnlySpan<byte> json)
    {
        foreach (var quoted in AmountNames)
        {
            for (var rest = json; rest.IndexOf(quoted) is var at and >= 0;)
            {
                rest = rest[(at + quoted.Length)..];
                var value = SkipSpaces(rest);
                if (value.IsEmpty || value[0] != (byte)':')
                {
                    continue;
                }

                value = SkipSpaces(value[1..]);
                var end = value.IndexOfAnyExcept(NumberBytes);
                var number = end < 0 ? value : value[..end];
                if (number.IsEmpty || number[0] is not ((byte)'-' or >= (byte)'0' and <= (byte)'9'))
                {
                    continue;
                }

                var reader = new Utf8JsonReader(number);
                if (reader.Read() && reader.TokenType == JsonTokenType.Number && !reader.TryGetDecimal(out _))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ReadOnlySpan<byte> SkipSpaces(ReadOnlySpan<byte> json) => json.IndexOfAnyExcept(JsonSpaces) is var at and >= 0 ? json[at..] : [];

    private static readonly byte[][] AmountNames = ["\"amount\""u8.ToArray(), "\"amountGross\""u8.ToArray()];

    private static readonly SearchValues<byte> JsonSpaces = SearchValues.Create(" \t\r\n"u8);

    private static readonly SearchValues<byte> NumberBytes = SearchValues.Create("0123456789+-.eE"u8);

    /// <summary><see cref="HasHugeAmount"/> by walking the release.</summary>
    internal static bool HasHugeAmountInTree(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var value = property.Value;
                if (value.ValueKind == JsonValueKind.Number)
                {
                    if ((property.NameEquals("amount"u8) || property.NameEquals("amountGross"u8)) && !value.TryGetDecimal(out _))
                    {
                        return true;
                    }
                }
                else if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && HasHugeAmountInTree(value))
                {
                    return true;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array && HasHugeAmountInTree(item))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<(string Path, string Text)> HugeAmounts(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var child = path.Length == 0 ? property.Name : $"{path}/{property.Name}";
                if (property.Name is "amount" or "amountGross" && property.Value.ValueKind == JsonValueKind.Number &&
                    !property.Value.TryGetDecimal(out _))
                {
                    yield return (child, property.Value.GetRawText());
                }
                else if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    foreach (var found in HugeAmounts(property.Value, child))
                    {
                        yield return found;
                    }
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                foreach (var found in HugeAmounts(item, $"{path}/{index++}"))
                {
                    yield return found;
                }
            }
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => $"a number ({value.GetRawText()})",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "not a string",
    };
}
