using System.Buffers;

namespace Steward.Ocds.Reading;

/// <summary>The four bytes JSON allows between tokens.</summary>
internal static class JsonWhitespace
{
    public static readonly SearchValues<byte> Bytes = SearchValues.Create(" \t\r\n"u8);
}
