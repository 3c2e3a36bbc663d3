using System.IO.Compression;

namespace Steward.Ocds.Reading;

/// <summary>
/// Opens an input for reading: a file path, or <c>-</c> for standard input. Gzip is detected from the content
/// (its magic bytes), never from the file name, and undone on the fly.
/// </summary>
public static class OcdsInput
{
    /// <summary>The name that stands for standard input.</summary>
    public const string StandardInput = "-";

    private const int FileBufferBytes = 1024 * 1024;

    /// <summary>Opens <paramref name="path"/> (or standard input for <c>-</c>), decompressing gzip.</summary>
    /// <exception cref="OcdsReadException">The file does not exist or cannot be opened.</exception>
    public static Stream Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Stream raw;
        try
        {
            raw = path == StandardInput
                ? Console.OpenStandardInput(FileBufferBytes)
                : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var problem = exception switch
            {
                FileNotFoundException => "no such file",
                DirectoryNotFoundException => "no such file or folder",
                UnauthorizedAccessException => "permission denied",
                _ => $"cannot open it ({exception.Message})",
            };
            throw new OcdsReadException(new SourceLocation(path, 0, 0), problem, exception);
        }

        return Decode(raw);
    }

    /// <summary>Wraps <paramref name="raw"/> so that gzip content is decompressed; other content passes as is.</summary>
    public static Stream Decode(Stream raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var head = new byte[2];
        var count = 0;
        while (count < head.Length)
        {
            var read = raw.Read(head, count, head.Length - count);
            if (read == 0)
            {
                break;
            }

            count += read;
        }

        var whole = new PrefixedStream(head.AsMemory(0, count), raw);
        return count == 2 && head[0] == 0x1F && head[1] == 0x8B
            ? new GZipStream(whole, CompressionMode.Decompress, leaveOpen: false)
            : whole;
    }
}
