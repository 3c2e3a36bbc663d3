namespace Steward.Ocds.Reading;

/// <summary>
/// A sliding window of bytes over a forward-only stream. Bytes are appended by <see cref="Fill"/> and dropped
/// from the front by <see cref="Consume"/>; the window keeps the absolute byte offset and the line number of its
/// first byte, so that every value found in it can be located in the input.
/// </summary>
internal sealed class ByteWindow
{
    private readonly Stream _stream;
    private readonly int _chunkBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;

    public ByteWindow(Stream stream, int chunkBytes)
    {
        _stream = stream;
        _chunkBytes = chunkBytes;
        _buffer = new byte[chunkBytes * 2];
    }

    /// <summary>The bytes read but not yet consumed.</summary>
    public ReadOnlySpan<byte> Span => _buffer.AsSpan(_start, _end - _start);

    /// <summary>
    /// The same bytes as memory. They stay put until the next <see cref="Fill"/>, which may move them: a parsed
    /// document over this memory must be disposed before the window is filled again.
    /// </summary>
    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(_start, _end - _start);

    public int Length => _end - _start;

    /// <summary>True once the stream has no more bytes to give.</summary>
    public bool AtEnd { get; private set; }

    /// <summary>Absolute offset, in the decoded input, of the first unconsumed byte.</summary>
    public long Offset { get; private set; }

    /// <summary>1-based line number of the first unconsumed byte.</summary>
    public long Line { get; private set; } = 1;

    /// <summary>Drops <paramref name="count"/> bytes from the front, counting the line breaks among them.</summary>
    public void Consume(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Length);
        Line += _buffer.AsSpan(_start, count).Count((byte)'\n');
        _start += count;
        Offset += count;
    }

    /// <summary>
    /// Reads at least one more byte from the stream unless it has ended; the window grows when it holds no free
    /// room. Returns false when the stream has ended and nothing was added.
    /// </summary>
    public bool Fill()
    {
        if (AtEnd)
        {
            return false;
        }

        if (_start > 0 && (_end == _buffer.Length || _start >= _buffer.Length / 2))
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_buffer.Length - _end < _chunkBytes / 2)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _end + _chunkBytes));
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            AtEnd = true;
            return false;
        }

        _end += read;
        return true;
    }

    /// <summary>Fills until at least <paramref name="count"/> bytes are in the window or the stream ends.</summary>
    public bool Ensure(int count)
    {
        while (Length < count)
        {
            if (!Fill())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Skips JSON whitespace (space, tab, CR, LF), reading more as needed; false at the end of input.</summary>
    public bool SkipWhitespace()
    {
        while (true)
        {
            var span = Span;
            var index = span.IndexOfAnyExcept(JsonWhitespace.Bytes);
            if (index >= 0)
            {
                Consume(index);
                return true;
            }

            Consume(span.Length);
            if (!Fill())
            {
                return false;
            }
        }
    }

    /// <summary>The 1-based line and 0-based absolute offset of the byte at <paramref name="index"/> in the window.</summary>
    public (long Line, long Offset) Locate(int index)
    {
        var clamped = Math.Clamp(index, 0, Length);
        return (Line + _buffer.AsSpan(_start, clamped).Count((byte)'\n'), Offset + clamped);
    }
}
