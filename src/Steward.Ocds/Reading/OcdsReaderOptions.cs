namespace Steward.Ocds.Reading;

/// <summary>Limits that keep the reader's memory bounded whatever the size of its input.</summary>
public sealed record OcdsReaderOptions
{
    /// <summary>The default for <see cref="MaxDocumentBytes"/>: 16 MiB.</summary>
    public const int DefaultMaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The default for <see cref="MaxValueBytes"/>: 16 MiB, over a hundred times the largest release in the UK's
    /// published data, and small enough that importing one costs a few hundred megabytes at most
    /// (docs/performance.md).
    /// </summary>
    public const int DefaultMaxValueBytes = 16 * 1024 * 1024;

    /// <summary>
    /// A top-level object up to this size is parsed whole; a larger one (a big package) is streamed release by
    /// release, so that memory stays bounded.
    /// </summary>
    public int MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    /// <summary>
    /// The largest single release, record or package field read as one unit (and the most of a package read before
    /// its <c>releases</c> or <c>records</c>). A larger one is refused with an error naming its place, rather than
    /// exhausting memory. The command line sets it with <c>--max-release-mb</c>.
    /// </summary>
    public int MaxValueBytes { get; init; } = DefaultMaxValueBytes;

    /// <summary>How many bytes are read from the input at a time.</summary>
    public int ReadChunkBytes { get; init; } = 1024 * 1024;

    public static OcdsReaderOptions Default { get; } = new();
}
