using System.Text.Json;

namespace Steward.Ocds.Reading;

/// <summary>Parsing one value: strictly first, then, when it needs it, mended with a warning for each change.</summary>
public sealed partial class OcdsReader
{
    private const int MaxDepth = 64;

    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = MaxDepth };

    private static readonly JsonDocumentOptions Lenient = new() { MaxDepth = MaxDepth };

    /// <summary>
    /// Parses the window's bytes from <paramref name="start"/> to <paramref name="end"/>; the bytes parsed (mended
    /// or not) are then in <see cref="_parsed"/>. <paramref name="pathPrefix"/> goes before the path of each warning
    /// (<c>releases/3/</c> for a release of a streamed package).
    /// </summary>
    private JsonDocument Parse(int start, int end, string pathPrefix = "")
    {
        var bytes = _window.Memory[start..end];
        if (!JsonRepair.Suspect(bytes.Span))
        {
            try
            {
                _parsed = bytes;
                return JsonDocument.Parse(bytes, Strict);
            }
            catch (JsonException) when (HasRepeatedKeys(bytes))
            {
                // Mended below.
            }
            catch (JsonException exception)
            {
                throw new OcdsReadException(JsonErrors.Locate(_window, start, exception, Source),
                    JsonErrors.Describe(exception), exception);
            }
        }

        return ParseMended(start, bytes, pathPrefix);
    }

    private JsonDocument ParseMended(int start, ReadOnlyMemory<byte> bytes, string pathPrefix)
    {
        (byte[] Json, IReadOnlyList<JsonRepairNote> Notes)? mended;
        try
        {
            mended = JsonRepair.Repair(bytes.Span, MaxDepth);
        }
        catch (JsonException exception)
        {
            throw new OcdsReadException(JsonErrors.Locate(_window, start, exception, Source),
                JsonErrors.Describe(exception), exception);
        }

        if (mended is not { } done)
        {
            _parsed = bytes;
            return JsonDocument.Parse(bytes, Lenient);
        }

        var at = Here(start);
        foreach (var note in done.Notes)
        {
            var place = note.At < 0
                ? at
                : at with { Line = at.Line + done.Json.AsSpan(0, note.At).Count((byte)'\n'), ByteOffset = at.ByteOffset + note.At };
            Warn(new OcdsProblem(ProblemSeverity.Warning, note.Code, note.Message)
            {
                Location = place,
                JsonPath = note.Path.Length == 0 && pathPrefix.Length == 0 ? null : (pathPrefix + note.Path).TrimEnd('/'),
            });
        }

        _parsed = done.Json;
        return JsonDocument.Parse(done.Json, Lenient);
    }

    /// <summary>True when the bytes are JSON once repeated keys are allowed: the strict parse failed only on them.</summary>
    private static bool HasRepeatedKeys(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var lenient = JsonDocument.Parse(bytes, Lenient);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private void Warn(OcdsProblem problem)
    {
        Warnings++;
        OnWarning?.Invoke(problem);
    }

    /// <summary>A key of a streamed object as text, mended (with a warning) when its bytes or escapes need it.</summary>
    private string KeyText(int start, int end)
    {
        var raw = _window.Span[start..end];
        if (JsonRepair.Suspect(raw) && JsonRepair.Repair(raw, 1) is { } mended)
        {
            var at = Here(start);
            foreach (var note in mended.Notes)
            {
                Warn(new OcdsProblem(ProblemSeverity.Warning, note.Code, note.Message.Replace("this text", "a key", StringComparison.Ordinal))
                {
                    Location = at,
                });
            }

            raw = mended.Json;
        }

        var reader = new Utf8JsonReader(raw);
        reader.Read();
        return reader.GetString() ?? string.Empty;
    }
}
