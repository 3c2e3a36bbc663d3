namespace Steward.Ocds.Reading;

/// <summary>
/// The input could not be read as OCDS: malformed JSON, a truncated or corrupt gzip stream, an empty input,
/// a JSON document that is not OCDS, or a value larger than the reader's limits. The message names the source,
/// line and byte offset and says what was wrong, in plain words.
/// </summary>
public sealed class OcdsReadException : Exception
{
    public OcdsReadException(SourceLocation location, string problem, Exception? innerException = null)
        : base($"{location}: {problem}", innerException)
    {
        Location = location;
        Problem = problem;
    }

    public OcdsReadException()
        : this(new SourceLocation("?", 0, 0), "the input could not be read")
    {
    }

    public OcdsReadException(string message)
        : this(new SourceLocation("?", 0, 0), message)
    {
    }

    public OcdsReadException(string message, Exception innerException)
        : this(new SourceLocation("?", 0, 0), message, innerException)
    {
    }

    /// <summary>Where the problem is.</summary>
    public SourceLocation Location { get; }

    /// <summary>What was wrong, without the location.</summary>
    public string Problem { get; }
}
