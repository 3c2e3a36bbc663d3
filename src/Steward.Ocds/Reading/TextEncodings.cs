namespace Steward.Ocds.Reading;

/// <summary>Tells UTF-16 and UTF-32 text from UTF-8 by its first bytes (a byte-order mark, or the zeros around an ASCII character).</summary>
internal static class TextEncodings
{
    /// <summary>"UTF-32" or "UTF-16" when the input starts as such text does, else null.</summary>
    public static string? Name(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || start.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return "UTF-32";
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16";
        }

        if (start.Length < 4 || !start[..4].Contains((byte)0))
        {
            return null;
        }

        // No mark: JSON begins with an ASCII character, which the other encodings pad with zeros.
        return (start[0] != 0, start[1] != 0, start[2] != 0, start[3] != 0) switch
        {
            (true, false, false, false) or (false, false, false, true) => "UTF-32",
            (true, false, _, false) or (false, true, false, _) => "UTF-16",
            _ => null,
        };
    }
}
