using System.Text.Json;

namespace Steward.Ocds.Reading;

/// <summary>Finding the end of a value in the window, and streaming objects too big to parse whole.</summary>
public sealed partial class OcdsReader
{
    private const int MaxKeyBytes = 64 * 1024;

    /// <summary>
    /// Finds where the JSON value that begins at <paramref name="start"/> ends (an index into the window), reading
    /// more input as needed. Returns null when the value is longer than <paramref name="maxBytes"/>.
    /// </summary>
    private int? FindValueEnd(int start, int maxBytes)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_window.Span[start..], isFinalBlock: _window.AtEnd, state: default);
            try
            {
                if (reader.Read() && (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.TrySkip()))
                {
                    // A value already whole in the window may still be over the limit.
                    return reader.BytesConsumed > maxBytes ? null : start + (int)reader.BytesConsumed;
                }
            }
            catch (JsonException exception)
            {
                var location = JsonErrors.Locate(_window, start, exception, Source);
                var truncated = _window.AtEnd && location.ByteOffset >= _window.Offset + _window.Length;
                throw new OcdsReadException(truncated ? Here(start) : location,
                    truncated
                        ? "the input ends before the JSON value that starts here is complete (the file is truncated?)"
                        : JsonErrors.Describe(exception),
                    exception);
            }

            if (_window.Length - start >= maxBytes)
            {
                return null;
            }

            _window.Fill();
        }
    }

    /// <summary>
    /// JSON Lines fast path: assumes the value at the window's start ends at the next line break and parses that
    /// line directly, one pass over its bytes. Returns false (and leaves line mode for the rest of the input) when
    /// the line is not exactly one JSON value, e.g. pretty-printed JSON; the caller then scans token by token,
    /// which also reports any real error with its place.
    /// </summary>
    private bool TryParseLine(out JsonDocument? document, out int end)
    {
        document = null;
        end = 0;
        var lineEnd = FindLineEnd(_options.MaxDocumentBytes);
        if (lineEnd is null)
        {
            _lineMode = false;
            return false;
        }

        var line = _window.Memory[..lineEnd.Value];
        if (JsonRepair.Suspect(line.Span))
        {
            // Parsed (and mended) by the caller's careful path; the next lines may still be read fast.
            return false;
        }

        try
        {
            document = JsonDocument.Parse(line, Strict);
            _parsed = line;
            end = lineEnd.Value;
            return true;
        }
        catch (JsonException)
        {
            _lineMode = HasRepeatedKeys(line);
            return false;
        }
    }

    private int? FindLineEnd(int maxBytes)
    {
        var searched = 0;
        while (true)
        {
            var newline = _window.Span[searched..].IndexOf((byte)'\n');
            if (newline >= 0)
            {
                return searched + newline;
            }

            searched = _window.Length;
            if (searched >= maxBytes)
            {
                return null;
            }

            if (!_window.Fill())
            {
                return _window.Length;
            }
        }
    }

    /// <summary>
    /// A top-level object too large to parse whole. Its keys are read one by one, keeping the window from the
    /// object's start, until the <c>releases</c> or <c>records</c> array shows what it is: a package, streamed
    /// release by release; or, when an <c>ocid</c> came first, one large record, parsed whole within
    /// <see cref="OcdsReaderOptions.MaxValueBytes"/>.
    /// </summary>
    private OcdsEvent? BeginStreamingObject(SourceLocation location)
    {
        var fields = new List<(string Name, JsonElement Value, SourceLocation Location)>();
        var cursor = 1;
        var sawOcid = false;
        while (true)
        {
            if (cursor > _options.MaxValueBytes)
            {
                // Nothing streams before a package's array: all of this is held, so it is bounded like a release.
                throw TooLarge(location, "this object (before any `releases` or `records` array)");
            }

            cursor = SkipWhitespace(cursor, "in the object that starts here", location);
            if (_window.Span[cursor] == (byte)'}')
            {
                // It ended before any releases or records: parse it whole within the value limit.
                var end = FindValueEnd(0, _options.MaxValueBytes)
                          ?? throw TooLarge(location, "this object");
                return BeginCapturedDocument(Parse(0, end), end, location);
            }

            if (fields.Count > 0 || sawOcid)
            {
                cursor = Expect(cursor, (byte)',', location);
                cursor = SkipWhitespace(cursor, "in the object that starts here", location);
            }

            var (name, afterKey) = ReadKey(cursor, location);
            cursor = SkipWhitespace(Expect(SkipWhitespace(afterKey, "after a key", location), (byte)':', location),
                "after a key", location);
            var opensArray = _window.Span[cursor] == (byte)'[';
            if (opensArray && name is "records" or "releases")
            {
                if (name == "releases" && sawOcid)
                {
                    var end = FindValueEnd(0, _options.MaxValueBytes)
                              ?? throw TooLarge(location, "this record");
                    return BeginCapturedDocument(Parse(0, end), end, location);
                }

                return CommitPackage(name, cursor, location, fields);
            }

            var valueLocation = Here(cursor);
            var valueEnd = FindValueEnd(cursor, _options.MaxValueBytes)
                           ?? throw TooLarge(valueLocation, $"the value of `{name}`");
            using (var value = Parse(cursor, valueEnd, name + "/"))
            {
                fields.Add((name, value.RootElement.Clone(), valueLocation));
            }

            sawOcid |= name == "ocid";
            cursor = valueEnd;
        }
    }

    private OcdsEvent CommitPackage(
        string arrayName, int arrayStart, SourceLocation location, List<(string Name, JsonElement Value, SourceLocation Location)> fields)
    {
        var shape = arrayName == "records" ? OcdsShape.RecordPackage : OcdsShape.ReleasePackage;
        _document = new OcdsDocumentInfo(_documentCount++, shape, location);
        _window.Consume(arrayStart + 1);
        _state = State.PackageArray;
        _arrayName = arrayName;
        _arrayIndex = 0;
        var document = _document;
        _pending = Prelude().GetEnumerator();
        _pending.MoveNext();
        return _pending.Current;

        IEnumerable<OcdsEvent> Prelude()
        {
            yield return new OcdsEvent(OcdsEventKind.DocumentStart, document, location);
            foreach (var (name, value, at) in fields)
            {
                yield return new OcdsEvent(OcdsEventKind.PackageField, document, at) { Name = name, Value = value };
            }
        }
    }

    /// <summary>Inside a streamed package, after its array: the next field, or the end of the package.</summary>
    private OcdsEvent ReadPackageMember(bool afterValue = true)
    {
        var location = _document!.Location;
        var cursor = SkipWhitespace(0, "inside the package that starts here", location);
        if (_window.Span[cursor] == (byte)'}')
        {
            _window.Consume(cursor + 1);
            _state = State.TopLevel;
            return new OcdsEvent(OcdsEventKind.DocumentEnd, _document, location);
        }

        if (afterValue)
        {
            cursor = SkipWhitespace(Expect(cursor, (byte)',', location), "inside the package that starts here", location);
        }

        var (name, afterKey) = ReadKey(cursor, location);
        cursor = SkipWhitespace(Expect(SkipWhitespace(afterKey, "after a key", location), (byte)':', location),
            "after a key", location);
        if (name == "ocid")
        {
            throw Fail(location.Line, location.ByteOffset,
                "this object has `releases` and, after them, an `ocid`: it is a record larger than the reader's " +
                $"document limit ({Megabytes(_options.MaxDocumentBytes)}) whose releases come before its ocid, " +
                "which Steward cannot read in bounded memory; put `ocid` first or split the record");
        }

        if (_window.Span[cursor] == (byte)'[' && name == _arrayName)
        {
            _window.Consume(cursor + 1);
            _state = State.PackageArray;
            _arrayIndex = 0;
            return ReadArrayElement();
        }

        _window.Consume(cursor);
        var valueLocation = Here();
        var end = FindValueEnd(0, _options.MaxValueBytes)
                  ?? throw TooLarge(valueLocation, $"the value of `{name}`");
        var value = Parse(0, end, name + "/");
        _window.Consume(end);
        _current = value;
        return new OcdsEvent(OcdsEventKind.PackageField, _document, valueLocation) { Name = name, Value = value.RootElement };
    }

    private (string Name, int End) ReadKey(int start, SourceLocation container)
    {
        if (_window.Span[start] != (byte)'"')
        {
            var at = Here(start);
            throw Fail(at.Line, at.ByteOffset, "invalid JSON: expected a quoted key in the object that starts at " +
                                               $"line {container.Line}");
        }

        var end = FindValueEnd(start, MaxKeyBytes) ?? throw TooLarge(Here(start), "a key");
        return (KeyText(start, end), end);
    }

    private int SkipWhitespace(int cursor, string where, SourceLocation container)
    {
        while (true)
        {
            var index = _window.Span[cursor..].IndexOfAnyExcept(JsonWhitespace.Bytes);
            if (index >= 0)
            {
                return cursor + index;
            }

            cursor = _window.Length;
            if (!_window.Fill())
            {
                var at = Here(cursor);
                throw Fail(at.Line, at.ByteOffset,
                    $"the input ends {where} (line {container.Line}) before it is complete (the file is truncated?)");
            }
        }
    }

    private int Expect(int cursor, byte expected, SourceLocation container)
    {
        if (_window.Span[cursor] != expected)
        {
            var at = Here(cursor);
            throw Fail(at.Line, at.ByteOffset,
                $"invalid JSON: expected '{(char)expected}' in the object that starts at line {container.Line}, found '{(char)_window.Span[cursor]}'");
        }

        return cursor + 1;
    }

    private SourceLocation Here(int index)
    {
        var (line, offset) = _window.Locate(index);
        return new SourceLocation(Source, line, offset);
    }

    private OcdsReadException TooLarge(SourceLocation location, string what) =>
        Fail(location.Line, location.ByteOffset,
            $"{what} is larger than {Megabytes(_options.MaxValueBytes)}, the most Steward reads as one release, record or " +
            "package field (is this one enormous line, or not OCDS? The limit is --max-release-mb on the command line)");
}
