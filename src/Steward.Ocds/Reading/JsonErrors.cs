using System.Text.Json;
using System.Text.RegularExpressions;

namespace Steward.Ocds.Reading;

/// <summary>Turns System.Text.Json's parser errors into plain messages with absolute locations.</summary>
internal static partial class JsonErrors
{
    [GeneratedRegex(@"\s*(Path: .*?)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex PositionSuffix();

    /// <summary>
    /// The location of a <see cref="JsonException"/> thrown while parsing bytes that begin at
    /// <paramref name="startIndex"/> of <paramref name="window"/>.
    /// </summary>
    public static SourceLocation Locate(ByteWindow window, int startIndex, JsonException exception, string source)
    {
        var relativeLine = exception.LineNumber ?? 0;
        var column = exception.BytePositionInLine ?? 0;
        var span = window.Span[startIndex..];
        var index = 0;
        for (var line = 0L; line < relativeLine; line++)
        {
            var next = span[index..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            index += next + 1;
        }

        var (absoluteLine, offset) = window.Locate(startIndex + index + (int)Math.Min(column, span.Length - index));
        return new SourceLocation(source, absoluteLine, offset);
    }

    /// <summary>The parser's message without its own (relative) position suffix.</summary>
    public static string Describe(JsonException exception)
    {
        var message = PositionSuffix().Replace(exception.Message, string.Empty).Trim();
        return string.IsNullOrEmpty(message) ? "invalid JSON" : $"invalid JSON: {message}";
    }
}
