using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;

namespace Steward.Ocds.Reading;

/// <summary>
/// Mends what System.Text.Json parses but cannot give back as text, as OCDS tools do and with a note for each:
/// bytes that are not UTF-8 become U+FFFD; an escape that is half a surrogate pair (<c>"\ud800"</c>) becomes
/// <c>\ufffd</c>; of a key repeated in one object only the last value is kept (Python's <c>json</c>, which OCDS Kit
/// uses, does the same). The mended bytes keep every line break where it was, so that later places stay right.
/// </summary>
internal static class JsonRepair
{
    /// <summary>How many notes of one kind one value gives before the rest are only counted.</summary>
    public const int NotesPerKind = 5;

    private static readonly byte[] Replacement = [0xEF, 0xBF, 0xBD];

    /// <summary>
    /// True when <paramref name="json"/> may need mending for its bytes or escapes: it is not valid UTF-8, or it
    /// has a <c>\uD…</c> escape not followed by its other half. A cheap test; <see cref="Repair"/> decides.
    /// </summary>
    public static bool Suspect(ReadOnlySpan<byte> json) => !Utf8.IsValid(json) || MayHaveLoneSurrogate(json);

    /// <summary>
    /// Mends <paramref name="json"/> (one JSON value), returning the mended bytes and what was changed, or null
    /// when nothing needed mending.
    /// </summary>
    /// <exception cref="JsonException">The bytes are not JSON (after mending their UTF-8).</exception>
    public static (byte[] Json, IReadOnlyList<JsonRepairNote> Notes)? Repair(ReadOnlySpan<byte> json, int maxDepth)
    {
        var (bytes, invalidAt) = MendUtf8(json);
        var walk = new Walk(bytes, invalidAt);
        walk.Run(maxDepth);
        return walk.Notes.Count == 0 ? null : (bytes, walk.Notes);
    }

    private static bool MayHaveLoneSurrogate(ReadOnlySpan<byte> json)
    {
        var at = 0;
        while (true)
        {
            var found = json[at..].IndexOf("\\u"u8);
            if (found < 0)
            {
                return false;
            }

            at += found;
            var code = Hex4(json, at + 2);
            if (code is >= 0xDC00 and <= 0xDFFF)
            {
                return true;
            }

            if (code is >= 0xD800 and <= 0xDBFF)
            {
                if (Hex4(json, at + 8) is not (>= 0xDC00 and <= 0xDFFF) || json[at + 6] != (byte)'\\' || json[at + 7] != (byte)'u')
                {
                    return true;
                }

                at += 12;
                continue;
            }

            at += 2;
        }
    }

    /// <summary>The value of four hex digits at <paramref name="at"/>, or -1.</summary>
    private static int Hex4(ReadOnlySpan<byte> json, int at)
    {
        if (at + 4 > json.Length)
        {
            return -1;
        }

        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexDigit(json[at + i]);
            if (digit < 0)
            {
                return -1;
            }

            value = (value << 4) | digit;
        }

        return value;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>A copy with every byte sequence that is not UTF-8 replaced by U+FFFD, and where each replacement is.</summary>
    private static (byte[] Bytes, List<int> InvalidAt) MendUtf8(ReadOnlySpan<byte> json)
    {
        var invalidAt = new List<int>();
        if (Utf8.IsValid(json))
        {
            return (json.ToArray(), invalidAt);
        }

        var output = new ArrayBufferWriter<byte>(json.Length + 16);
        var rest = json;
        while (!rest.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(rest, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                output.Write(rest[..consumed]);
            }
            else
            {
                invalidAt.Add(output.WrittenCount);
                output.Write(Replacement);
            }

            rest = rest[Math.Max(consumed, 1)..];
        }

        return (output.WrittenSpan.ToArray(), invalidAt);
    }

    /// <summary>One pass over the tokens, mending escapes and repeated keys in place and noting each with its path.</summary>
    private sealed class Walk(byte[] bytes, List<int> invalidAt)
    {
        private readonly List<Frame> _frames = [];
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
        private int _nextInvalid;

        public List<JsonRepairNote> Notes { get; } = [];

        public void Run(int maxDepth)
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = maxDepth });
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var frame = _frames[^1];
                        frame.Key = String(ref reader, start, frame.Path, isKey: true);
                        frame.MemberStart = start;
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        _frames.Add(new Frame(reader.TokenType == JsonTokenType.StartObject, Segment()));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        _frames.RemoveAt(_frames.Count - 1);
                        ValueDone((int)reader.BytesConsumed);
                        break;
                    case JsonTokenType.String:
                        String(ref reader, start, Path(Segment()), isKey: false);
                        ValueDone((int)reader.BytesConsumed);
                        break;
                    default:
                        ValueDone((int)reader.BytesConsumed);
                        break;
                }
            }

            foreach (var (code, count) in _counts.Where(c => c.Value > NotesPerKind))
            {
                Notes.Add(new JsonRepairNote(code, string.Empty, -1, $"and {count - NotesPerKind:N0} more like these in this value"));
            }
        }

        /// <summary>The path segment of the value that begins now, under the innermost object or array.</summary>
        private string? Segment()
        {
            if (_frames.Count == 0)
            {
                return null;
            }

            var frame = _frames[^1];
            return frame.IsObject ? frame.Key : frame.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        private string Path(string? last)
        {
            var parts = _frames.Skip(1).Select(f => f.Path).Append(last).Where(p => p is not null);
            return string.Join('/', parts);
        }

        private string String(ref Utf8JsonReader reader, int start, string? path, bool isKey)
        {
            var end = start + 2 + reader.ValueSpan.Length;
            var fullPath = isKey ? Path(null) : path ?? string.Empty;
            if (_nextInvalid < invalidAt.Count && invalidAt[_nextInvalid] < end)
            {
                while (_nextInvalid < invalidAt.Count && invalidAt[_nextInvalid] < end)
                {
                    _nextInvalid++;
                }


                Note("invalid-utf8", fullPath, start, isKey
                    ? "a key holds bytes that are not UTF-8; they were read as U+FFFD (�)"
                    : "this text holds bytes that are not UTF-8; they were read as U+FFFD (�)");
            }

            if (reader.ValueIsEscaped && MendSurrogates(start + 1, start + 1 + reader.ValueSpan.Length))
            {
                Note("lone-surrogate", fullPath, start, isKey
                    ? "a key holds an escape that is half of a UTF-16 surrogate pair (such as \\ud800); it was read as U+FFFD (�)"
                    : "this text holds an escape that is half of a UTF-16 surrogate pair (such as \\ud800); it was read as U+FFFD (�)");
            }

            if (!isKey)
            {
                return string.Empty;
            }

            var key = new Utf8JsonReader(bytes.AsSpan(start, end - start));
            key.Read();
            return key.GetString() ?? string.Empty;
        }

        /// <summary>Turns every lone surrogate escape between the quotes into <c>\ufffd</c> (the same length).</summary>
        private bool MendSurrogates(int from, int to)
        {
            var mended = false;
            var i = from;
            while (i < to)
            {
                if (bytes[i] != (byte)'\\')
                {
                    i++;
                    continue;
                }

                if (bytes[i + 1] != (byte)'u')
                {
                    i += 2;
                    continue;
                }

                var code = Hex4(bytes, i + 2);
                var pair = code is >= 0xD800 and <= 0xDBFF && i + 12 <= to && bytes[i + 6] == (byte)'\\' && bytes[i + 7] == (byte)'u' &&
                           Hex4(bytes, i + 8) is >= 0xDC00 and <= 0xDFFF;
                if (pair)
                {
                    i += 12;
                    continue;
                }

                if (code is >= 0xD800 and <= 0xDFFF)
                {
                    "fffd"u8.CopyTo(bytes.AsSpan(i + 2));
                    mended = true;
                }

                i += 6;
            }

            return mended;
        }

        /// <summary>A value ended at <paramref name="end"/>: in an object, an earlier member with the same key is blanked out.</summary>
        private void ValueDone(int end)
        {
            if (_frames.Count == 0)
            {
                return;
            }

            var frame = _frames[^1];
            if (!frame.IsObject)
            {
                frame.Index++;
                return;
            }

            var key = frame.Key ?? string.Empty;
            frame.Keys ??= new Dictionary<string, (int, int)>(StringComparer.Ordinal);
            if (frame.Keys.TryGetValue(key, out var earlier))
            {
                Blank(earlier.Start, earlier.End);
                Note("duplicate-key", Path(key), frame.MemberStart,
                    $"the key `{key}` appears more than once in one object; the last value was kept, as OCDS tools do");
            }

            frame.Keys[key] = (frame.MemberStart, end);
        }

        /// <summary>Replaces a member and its comma with spaces, keeping line breaks, so that the object no longer has it.</summary>
        private void Blank(int start, int valueEnd)
        {
            var comma = valueEnd + bytes.AsSpan(valueEnd).IndexOf((byte)',');
            for (var i = start; i <= comma; i++)
            {
                if (bytes[i] is not ((byte)'\n' or (byte)'\r'))
                {
                    bytes[i] = (byte)' ';
                }
            }
        }

        private void Note(string code, string path, int at, string message)
        {
            var count = _counts[code] = _counts.GetValueOrDefault(code) + 1;
            if (count <= NotesPerKind)
            {
                Notes.Add(new JsonRepairNote(code, path, at, message));
            }
        }
    }

    private sealed class Frame(bool isObject, string? path)
    {
        public bool IsObject { get; } = isObject;

        public string? Path { get; } = path;

        public int Index { get; set; }

        public string? Key { get; set; }

        public int MemberStart { get; set; }

        public Dictionary<string, (int Start, int End)>? Keys { get; set; }
    }
}
