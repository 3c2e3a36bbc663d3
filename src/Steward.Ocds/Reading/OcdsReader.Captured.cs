using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Steward.Ocds.Reading;

/// <summary>Documents small enough to parse whole: classification and their events.</summary>
public sealed partial class OcdsReader
{
    /// <summary>
    /// The shape of a top-level object, by the keys it has (as OCDS Kit's <c>detect-format</c> decides it):
    /// <c>records</c> → record package; <c>ocid</c> with <c>releases</c>, <c>compiledRelease</c> or
    /// <c>versionedRelease</c> → record; <c>releases</c> → release package; <c>ocid</c> → release.
    /// </summary>
    public static OcdsShape? Classify(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        bool records = false, releases = false, ocid = false, recordParts = false;
        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case "records":
                    records = true;
                    break;
                case "releases":
                    releases = true;
                    break;
                case "ocid":
                    ocid = true;
                    break;
                case "compiledRelease" or "versionedRelease":
                    recordParts = true;
                    break;
                default:
                    break;
            }
        }

        if (records)
        {
            return OcdsShape.RecordPackage;
        }

        if (ocid && (releases || recordParts))
        {
            return OcdsShape.Record;
        }

        if (releases)
        {
            return OcdsShape.ReleasePackage;
        }

        return ocid ? OcdsShape.Release : null;
    }

    private IEnumerable<OcdsEvent> CapturedEvents(JsonDocument document, OcdsDocumentInfo info, ReadOnlyMemory<byte> bytes)
    {
        var root = document.RootElement;
        var lines = new LineTracker(bytes, info.Location);
        yield return new OcdsEvent(OcdsEventKind.DocumentStart, info, info.Location) { Value = root };
        switch (info.Shape)
        {
            case OcdsShape.Release:
                yield return new OcdsEvent(OcdsEventKind.Release, info, info.Location) { Value = root };
                break;
            case OcdsShape.Record:
                yield return new OcdsEvent(OcdsEventKind.Record, info, info.Location) { Value = root };
                break;
            default:
                var arrayName = info.Shape == OcdsShape.RecordPackage ? "records" : "releases";
                var kind = info.Shape == OcdsShape.RecordPackage ? OcdsEventKind.Record : OcdsEventKind.Release;
                foreach (var property in root.EnumerateObject())
                {
                    if (property.Name != arrayName)
                    {
                        yield return new OcdsEvent(OcdsEventKind.PackageField, info, lines.Locate(property.Value))
                        {
                            Name = property.Name,
                            Value = property.Value,
                        };
                        continue;
                    }

                    if (property.Value.ValueKind != JsonValueKind.Array)
                    {
                        var at = lines.Locate(property.Value);
                        throw Fail(at.Line, at.ByteOffset,
                            $"`{arrayName}` is {DescribeValue(property.Value.ValueKind)}; in a package it must be an array");
                    }

                    var index = 0;
                    foreach (var element in property.Value.EnumerateArray())
                    {
                        var location = lines.Locate(element).WithPath($"{arrayName}[{index}]");
                        if (element.ValueKind != JsonValueKind.Object)
                        {
                            throw Fail(location.Line, location.ByteOffset,
                                $"{location.JsonPath} is {DescribeValue(element.ValueKind)}; {(kind == OcdsEventKind.Record ? "a record" : "a release")} must be a JSON object");
                        }

                        if (JsonMarshal.GetRawUtf8Value(element).Length > _options.MaxValueBytes)
                        {
                            throw TooLarge(location, location.JsonPath!);
                        }

                        yield return new OcdsEvent(kind, info, location) { Value = element };
                        index++;
                    }
                }

                break;
        }

        yield return new OcdsEvent(OcdsEventKind.DocumentEnd, info, info.Location);
    }

    private OcdsReadException NotOcds(SourceLocation location, byte first) =>
        first is (byte)'"' or (byte)'-' or (>= (byte)'0' and <= (byte)'9') or (byte)'t' or (byte)'f' or (byte)'n'
            ? Fail(location.Line, location.ByteOffset,
                $"this is not OCDS: the top-level JSON value is {DescribeValue(first)}, where OCDS needs an object (a release, record or package) or an array of releases or records")
            : Fail(location.Line, location.ByteOffset,
                $"invalid JSON: unexpected character '{(first < 0x20 || first >= 0x7F ? $"\\x{first:X2}" : ((char)first).ToString())}' where a JSON value should begin");

    private static string NotOcdsObject(JsonElement root)
    {
        var keys = root.EnumerateObject().Select(p => p.Name).Take(8).ToList();
        var listed = keys.Count == 0 ? "it has no keys at all" : $"its keys are {string.Join(", ", keys.Select(k => $"`{k}`"))}";
        return "this JSON object is not OCDS: it has none of `ocid` (a release or record), `releases` (a release package) " +
               $"or `records` (a record package); {listed}";
    }

    private static string DescribeValue(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "missing",
    };

    private static string DescribeValue(byte first) => first switch
    {
        (byte)'{' => "an object",
        (byte)'[' => "an array",
        (byte)'"' => "a string",
        (byte)'t' or (byte)'f' => "a boolean",
        (byte)'n' => "null",
        _ => "a number",
    };

    private static string Describe(OcdsShape shape) => shape switch
    {
        OcdsShape.ReleasePackage => "release package",
        OcdsShape.RecordPackage => "record package",
        OcdsShape.Record => "record",
        OcdsShape.Release => "release",
        _ => "array",
    };

    /// <summary>Finds the line of values inside a parsed document, moving forward only.</summary>
    private sealed class LineTracker(ReadOnlyMemory<byte> bytes, SourceLocation start)
    {
        private int _lastIndex;
        private long _lastLine = start.Line;

        public SourceLocation Locate(JsonElement element)
        {
            var raw = JsonMarshal.GetRawUtf8Value(element);
            var all = bytes.Span;
            var index = (int)Unsafe.ByteOffset(ref MemoryMarshal.GetReference(all), ref MemoryMarshal.GetReference(raw));
            if (index < _lastIndex || index > all.Length)
            {
                return start;
            }

            _lastLine += all[_lastIndex..index].Count((byte)'\n');
            _lastIndex = index;
            return start with { Line = _lastLine, ByteOffset = start.ByteOffset + index };
        }
    }
}
