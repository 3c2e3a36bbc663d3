namespace Steward.Cli;

/// <summary>
/// Where a command writes its result: standard output, or a file given by <c>--output</c>. A file is written
/// under a temporary name beside it and renamed into place only when the command succeeds, so a failure never
/// leaves a half-written file (or destroys the one that was there).
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly string? _path;
    private readonly string? _temporary;
    private bool _committed;

    private OutputTarget(Stream stream, string? path, string? temporary)
    {
        Stream = stream;
        _path = path;
        _temporary = temporary;
    }

    public Stream Stream { get; }

    /// <summary>Opens <paramref name="path"/> (or standard output when null or <c>-</c>).</summary>
    public static OutputTarget Open(string? path, CliConsole console)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            return new OutputTarget(new BufferedStream(new NonClosingStream(console.Out), 1 << 16), null, null);
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new CliException($"{path}: the folder {folder} does not exist");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.partial");
        var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        return new OutputTarget(stream, full, temporary);
    }

    /// <summary>Flushes and, for a file, moves it into place.</summary>
    public void Commit()
    {
        Stream.Flush();
        if (_path is not null)
        {
            Stream.Dispose();
            File.Move(_temporary!, _path, overwrite: true);
        }

        _committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed && _temporary is not null && File.Exists(_temporary))
        {
            File.Delete(_temporary);
        }
    }

    /// <summary>Lets standard output be wrapped and disposed without closing the console's stream.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
    }
}
