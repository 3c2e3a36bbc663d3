using System.Text;

namespace Steward.Ocds;

/// <summary>
/// A few JSON field names, asked about as .NET text or as the UTF-8 a document holds, from one list, so that the two
/// ways of asking (<see cref="PersonalData"/> and <see cref="PersonalText"/> use both) cannot disagree.
/// </summary>
internal sealed class FieldNames(string[] names)
{
    private readonly byte[][] _utf8 = [.. names.Select(Encoding.UTF8.GetBytes)];

    public bool Is(string name) => Array.IndexOf(names, name) >= 0;

    public bool Is(ReadOnlySpan<byte> name)
    {
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
        foreach (var utf8 in _utf8)
        {
            if (name.EndsWith(utf8))
            {
                return true;
            }
        }

        return false;
    }
}
