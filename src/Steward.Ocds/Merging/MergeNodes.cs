using System.Text.Json;

namespace Steward.Ocds.Merging;

/// <summary>A node of the tree that releases are merged into.</summary>
internal abstract class MergeNode;

/// <summary>An object: its fields in order of first appearance, searched linearly (OCDS objects are small).</summary>
internal sealed class ObjectNode(int capacity = 4) : MergeNode
{
    private Field[] _fields = new Field[Math.Max(capacity, 1)];

    public int Count { get; private set; }

    public ref Field this[int index] => ref _fields[index];

    /// <summary>The index of the field called <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Count; i++)
        {
            if (ReferenceEquals(_fields[i].Name, name))
            {
                return i;
            }
        }

        for (var i = 0; i < Count; i++)
        {
            if (string.Equals(_fields[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Adds a field at the end and returns its index.</summary>
    public int Add(string name)
    {
        if (Count == _fields.Length)
        {
            Array.Resize(ref _fields, Count * 2);
        }

        _fields[Count] = new Field { Name = name };
        return Count++;
    }

    /// <summary>Removes the field called <paramref name="name"/>, if there is one.</summary>
    public void Remove(string name)
    {
        var index = IndexOf(name);
        if (index < 0)
        {
            return;
        }

        Array.Copy(_fields, index + 1, _fields, index, Count - index - 1);
        _fields[--Count] = default;
    }
}

/// <summary>
/// One field of an object: either a nested node (an object or an identifier-merged array), or a leaf value that is
/// replaced, not merged (a string, number, boolean, null, or an array merged whole). A compiled merge keeps the
/// latest leaf value (null means removed); a versioned merge keeps every value with the release that set it.
/// </summary>
internal struct Field
{
    public string Name;

    public MergeNode? Node;

    public JsonElement Value;

    public List<LeafVersion>? History;

    public readonly bool IsLeaf => Node is null;
}

/// <summary>An array merged by identifier: its items by <c>id</c> (compared as text), in order of first appearance.</summary>
internal sealed class ArrayNode : MergeNode
{
    public OrderedDictionary<string, ArrayItem> Items { get; } = new(StringComparer.Ordinal);
}

/// <summary>One object of an identifier-merged array: its <c>id</c> as first published, and its other fields.</summary>
internal sealed class ArrayItem(JsonElement id, int capacity)
{
    public JsonElement Id { get; } = id;

    public ObjectNode Node { get; } = new(capacity);

    /// <summary>The index of the last release that had this item: a second sight in the same release is a duplicate id.</summary>
    public int LastRelease { get; set; } = -1;
}

/// <summary>A value a leaf took in one release, by the release's index in merge order.</summary>
internal readonly record struct LeafVersion(int Release, JsonElement Value);
