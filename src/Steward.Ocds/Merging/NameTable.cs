using System.Runtime.InteropServices;
using System.Text.Json;

namespace Steward.Ocds.Merging;

/// <summary>
/// One string per property name, per thread: OCDS repeats a few hundred names millions of times, and
/// <see cref="JsonProperty.Name"/> allocates a new string every time. Names also compare by reference first.
/// </summary>
internal sealed class NameTable
{
    private const int Capacity = 8192;

    [ThreadStatic]
    private static NameTable? _current;

    private readonly Dictionary<int, (byte[] Key, string Name)> _names = new(1024);

    /// <summary>The table of the current thread.</summary>
    public static NameTable Current => _current ??= new NameTable();

    /// <summary>The property's name, shared with every earlier property of the same name.</summary>
    public string NameOf(JsonProperty property)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if (raw.IndexOf((byte)'\\') >= 0)
        {
            return property.Name; // escaped names are rare: decode them the slow way
        }

        var hash = new HashCode();
        hash.AddBytes(raw);
        var key = hash.ToHashCode();
        if (_names.TryGetValue(key, out var entry) && raw.SequenceEqual(entry.Key))
        {
            return entry.Name;
        }

        var name = property.Name;
        if (_names.Count < Capacity)
        {
            _names.TryAdd(key, (raw.ToArray(), name));
        }

        return name;
    }
}
