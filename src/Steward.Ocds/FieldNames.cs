using System.Text;

namespace Steward.Ocds;

/// <summary>
/// A few JSON field names, asked about as .NET text or as the UTF-8 a document holds, from one list, so that the two
/// ways of asking (<see cref="PersonalData"/> and <see cref="PersonalText"/> use both) cannot disagree.
/// </summary>
internal sealed class FieldNames(string[] names)
{
    private readonly byte[][] _utf8 = [.. names.Select(Encoding.UTF8.GetBytes)];

    /// <summary>
    /// The names' lengths in UTF-8 (bit n: a name of n bytes; longer than 63 sets bit 0) and last bytes: most names
    /// asked about (every field of every release staged) are told apart by these alone, without a comparison.
    /// </summary>
    private readonly ulong _lengths = names.Select(Encoding.UTF8.GetByteCount).Aggregate(0UL, (bits, length) => bits | (1UL << (length < 64 ? length : 0)));

    private readonly bool[] _lastBytes = LastBytes(names);

    public bool Is(string name) => Array.IndexOf(names, name) >= 0;

    public bool Is(ReadOnlySpan<byte> name)
    {
        if ((_lengths & (1UL << (name.Length < 64 ? name.Length : 0))) == 0)
        {
            return false;
        }

        foreach (var utf8 in _utf8)
        {
            if (name.SequenceEqual(utf8))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the name ends with one of the names (ordinal).</summary>
    public bool Ends(string name)
    {
        foreach (var ending in names)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public bool Ends(ReadOnlySpan<byte> name)
    {
        if (name.IsEmpty || !_lastBytes[name[^1]])
        {
            return false;
        }

        foreach (var utf8 in _utf8)
        {
            if (name.EndsWith(utf8))
            {
                return true;
            }
        }

        return false;
    }

    private static bool[] LastBytes(string[] names)
    {
        var last = new bool[256];
        foreach (var utf8 in names.Select(Encoding.UTF8.GetBytes).Where(utf8 => utf8.Length > 0))
        {
            last[utf8[^1]] = true;
        }

        return last;
    }
}
