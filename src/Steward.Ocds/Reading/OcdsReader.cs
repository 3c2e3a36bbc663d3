using System.Text.Json;

namespace Steward.Ocds.Reading;

/// <summary>
/// Reads every OCDS shape from a stream with bounded memory: release packages, record packages, single releases
/// and records, JSON arrays of releases or records, and any number of these one after another (JSON Lines or
/// concatenated JSON). The shape is detected from the content. Gzip is undone by <see cref="OcdsInput"/>.
/// </summary>
/// <remarks>
/// A top-level object up to <see cref="OcdsReaderOptions.MaxDocumentBytes"/> is parsed whole; a larger one is
/// streamed: each release or record of its <c>releases</c>/<c>records</c> array is parsed on its own, so a
/// multi-gigabyte package needs no more memory than its largest release. The value of each event is valid until
/// the next call to <see cref="Read"/>.
/// </remarks>
public sealed partial class OcdsReader : IDisposable
{
    private readonly ByteWindow _window;
    private readonly OcdsReaderOptions _options;
    private readonly Stream _stream;
    private readonly bool _ownsStream;

    private State _state = State.TopLevel;
    private JsonDocument? _current;
    private IEnumerator<OcdsEvent>? _pending;
    private bool _lineMode = true;
    private int _documentCount;
    private OcdsDocumentInfo? _document;
    private string _arrayName = string.Empty;
    private int _arrayIndex;
    private bool _atStart = true;
    private ReadOnlyMemory<byte> _parsed;

    public OcdsReader(Stream stream, string source, OcdsReaderOptions? options = null, bool ownsStream = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _ownsStream = ownsStream;
        _options = options ?? OcdsReaderOptions.Default;
        Source = source;
        _window = new ByteWindow(stream, _options.ReadChunkBytes);
    }

    private enum State
    {
        TopLevel,
        TopArray,
        PackageObject,
        PackageArray,
    }

    /// <summary>The name of the input, as used in locations (a path, or <c>-</c> for standard input).</summary>
    public string Source { get; }

    /// <summary>How many top-level documents have begun so far.</summary>
    public int DocumentCount => _documentCount;

    /// <summary>Bytes of decoded input consumed so far.</summary>
    public long BytesRead => _window.Offset;

    /// <summary>
    /// Told of each thing the reader mended, as a warning with its place: bytes that are not UTF-8, an escape that is
    /// half a surrogate pair (both read as U+FFFD), a key repeated in one object (the last value is kept).
    /// </summary>
    public Action<OcdsProblem>? OnWarning { get; set; }

    /// <summary>How many warnings the reader has given so far.</summary>
    public long Warnings { get; private set; }

    /// <summary>Opens a file (or <c>-</c> for standard input), undoing gzip when the content is gzip.</summary>
    public static OcdsReader Open(string path, OcdsReaderOptions? options = null)
    {
        var stream = OcdsInput.Open(path);
        return new OcdsReader(stream, path, options, ownsStream: true);
    }

    /// <summary>Reads the next event, or returns null at the end of the input.</summary>
    /// <exception cref="OcdsReadException">The input is not readable OCDS; the message says where and why.</exception>
    public OcdsEvent? Read()
    {
        ReleaseCurrent();
        try
        {
            if (_pending is not null)
            {
                if (_pending.MoveNext())
                {
                    return _pending.Current;
                }

                _pending.Dispose();
                _pending = null;
                ReleaseCurrent();
            }

            return _state switch
            {
                State.TopLevel => ReadTopLevel(),
                State.TopArray or State.PackageArray => ReadArrayElement(),
                _ => ReadPackageMember(),
            };
        }
        catch (IOException exception)
        {
            throw Fail(_window.Line, _window.Offset, $"the input could not be read: {exception.Message}", exception);
        }
        catch (InvalidDataException exception)
        {
            // Where the decompressed data stops, not where the last whole value began.
            var (line, offset) = _window.Locate(_window.Length);
            var compressed = _stream is System.IO.Compression.GZipStream { BaseStream: PrefixedStream raw }
                ? $" and {raw.BytesRead:N0} bytes of gzip"
                : string.Empty;
            throw Fail(line, offset,
                $"the gzip data is truncated or corrupt: it stops after {offset:N0} bytes of decompressed JSON{compressed} " +
                $"({exception.Message.TrimEnd('.')})", exception);
        }
    }

    public void Dispose()
    {
        ReleaseCurrent();
        _pending?.Dispose();
        if (_ownsStream)
        {
            _stream.Dispose();
        }
    }

    private OcdsEvent? ReadTopLevel()
    {
        if (_atStart)
        {
            _atStart = false;
            SkipByteOrderMark();
        }

        if (!_window.SkipWhitespace())
        {
            if (_documentCount == 0)
            {
                throw Fail(_window.Line, _window.Offset, "the input is empty: it holds no JSON at all");
            }

            return null;
        }

        var first = _window.Span[0];
        var location = Here();
        if (first == (byte)'[')
        {
            _window.Consume(1);
            _document = new OcdsDocumentInfo(_documentCount++, OcdsShape.Array, location);
            _state = State.TopArray;
            _arrayName = string.Empty;
            _arrayIndex = 0;
            return new OcdsEvent(OcdsEventKind.DocumentStart, _document, location);
        }

        if (first != (byte)'{')
        {
            throw NotOcds(location, first);
        }

        if (_lineMode && TryParseLine(out var line, out var lineEnd))
        {
            return BeginCapturedDocument(line!, lineEnd, location);
        }

        var end = FindValueEnd(0, _options.MaxDocumentBytes);
        if (end is null)
        {
            return BeginStreamingObject(location);
        }

        return BeginCapturedDocument(Parse(0, end.Value, string.Empty), end.Value, location);
    }

    private OcdsEvent? BeginCapturedDocument(JsonDocument document, int end, SourceLocation location)
    {
        var root = document.RootElement;
        var shape = Classify(root) ?? throw Fail(location.Line, location.ByteOffset, NotOcdsObject(root));
        if (shape is OcdsShape.Release or OcdsShape.Record && end > _options.MaxValueBytes)
        {
            document.Dispose();
            throw TooLarge(location, $"this {Describe(shape)}");
        }

        var info = new OcdsDocumentInfo(_documentCount++, shape, location);
        var bytes = _parsed;
        _current = document;
        _window.Consume(end);

        // The document's events are produced lazily; it is disposed when they are exhausted.
        _pending = CapturedEvents(document, info, bytes).GetEnumerator();
        return _pending.MoveNext() ? _pending.Current : null;
    }

    private OcdsEvent ReadArrayElement()
    {
        if (!_window.SkipWhitespace())
        {
            throw Fail(_window.Line, _window.Offset,
                $"the input ends inside the array{ArrayLabel()} (the file is truncated?)");
        }

        var next = _window.Span[0];
        if (next == (byte)']')
        {
            _window.Consume(1);
            return EndArray();
        }

        if (_arrayIndex > 0)
        {
            if (next != (byte)',')
            {
                throw Fail(_window.Line, _window.Offset,
                    $"invalid JSON: expected ',' or ']' after element {_arrayIndex - 1} of the array{ArrayLabel()}");
            }

            _window.Consume(1);
            if (!_window.SkipWhitespace())
            {
                throw Fail(_window.Line, _window.Offset,
                    $"the input ends inside the array{ArrayLabel()} (the file is truncated?)");
            }
        }

        var location = Here().WithPath(ElementPath());
        var first = _window.Span[0];
        var end = FindValueEnd(0, _options.MaxValueBytes) ?? throw TooLarge(location, location.JsonPath!);
        if (first != (byte)'{')
        {
            throw Fail(location.Line, location.ByteOffset,
                $"{location.JsonPath} is {DescribeValue(first)}; {ExpectedElement()} must be a JSON object");
        }

        var document = Parse(0, end, ElementPath(slashes: true) + "/");
        _window.Consume(end);
        _current = document;
        var kind = ElementKind(document.RootElement, location);
        _arrayIndex++;
        return new OcdsEvent(kind, _document!, location) { Value = document.RootElement };
    }

    private OcdsEventKind ElementKind(JsonElement element, SourceLocation location)
    {
        if (_state == State.PackageArray)
        {
            return _arrayName == "records" ? OcdsEventKind.Record : OcdsEventKind.Release;
        }

        return Classify(element) switch
        {
            OcdsShape.Release => OcdsEventKind.Release,
            OcdsShape.Record => OcdsEventKind.Record,
            OcdsShape shape => throw Fail(location.Line, location.ByteOffset,
                $"{location.JsonPath} is a {Describe(shape)}; Steward reads arrays of releases or of records"),
            null => throw Fail(location.Line, location.ByteOffset, NotOcdsObject(element)),
        };
    }

    private OcdsEvent EndArray()
    {
        if (_state == State.TopArray)
        {
            _state = State.TopLevel;
            return new OcdsEvent(OcdsEventKind.DocumentEnd, _document!, Here());
        }

        _state = State.PackageObject;
        _arrayIndex = 0;
        return ReadPackageMember(afterValue: true);
    }

    private void SkipByteOrderMark()
    {
        _window.Ensure(4);
        var span = _window.Span;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _window.Consume(3);
        }
        else if (TextEncodings.Name(span) is { } encoding)
        {
            throw Fail(1, 0, $"the input is {encoding} text; OCDS JSON must be UTF-8 (convert it first, e.g. iconv -f {encoding} -t UTF-8)");
        }
    }

    private void ReleaseCurrent()
    {
        if (_pending is null)
        {
            _current?.Dispose();
            _current = null;
        }
    }

    private SourceLocation Here() => new(Source, _window.Line, _window.Offset);

    private string ElementPath(bool slashes = false) => (_state == State.TopArray, slashes) switch
    {
        (true, false) => $"[{_arrayIndex}]",
        (true, true) => $"{_arrayIndex}",
        (false, false) => $"{_arrayName}[{_arrayIndex}]",
        _ => $"{_arrayName}/{_arrayIndex}",
    };

    private string ArrayLabel() => _state == State.TopArray ? string.Empty : $" `{_arrayName}`";

    private string ExpectedElement() => _arrayName switch
    {
        "records" => "a record",
        "releases" => "a release",
        _ => "each element",
    };

    private OcdsReadException Fail(long line, long offset, string problem, Exception? inner = null) =>
        new(new SourceLocation(Source, line, offset), problem, inner);

    private static string Megabytes(int bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes:N0} bytes";
}
