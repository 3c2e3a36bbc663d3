using System.Globalization;
using System.Text;

namespace Steward.Ocds.Reading;

/// <summary>
/// Where something is in an input: the source (a file path or <c>-</c> for standard input), the 1-based line,
/// the 0-based byte offset in the decoded (decompressed) bytes, and optionally a JSON path inside the document.
/// </summary>
public sealed record SourceLocation(string Source, long Line, long ByteOffset, string? JsonPath = null)
{
    /// <summary>The location with a JSON path (e.g. <c>releases[3]</c>) added.</summary>
    public SourceLocation WithPath(string? jsonPath) => this with { JsonPath = jsonPath };

    /// <summary>
    /// Formats as <c>source:line (byte N)</c>, with <c> at path</c> when a path is known; just the source when the
    /// problem is with the source as a whole (line 0), such as a missing file.
    /// </summary>
    public override string ToString()
    {
        if (Line == 0)
        {
            return Source;
        }

        var text = new StringBuilder()
            .Append(Source)
            .Append(':')
            .Append(Line.ToString(CultureInfo.InvariantCulture))
            .Append(" (byte ")
            .Append(ByteOffset.ToString(CultureInfo.InvariantCulture))
            .Append(')');
        if (!string.IsNullOrEmpty(JsonPath))
        {
            text.Append(" at ").Append(JsonPath);
        }

        return text.ToString();
    }
}
