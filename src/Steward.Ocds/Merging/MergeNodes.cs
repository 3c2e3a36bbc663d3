using System.Text.Json;

namespace Steward.Ocds.Merging;

/// <summary>A node of the tree that releases are merged into.</summary>
internal abstract class MergeNode;

/// <summary>An object: its fields in order of first appearance.</summary>
internal sealed class ObjectNode : MergeNode
{
    public OrderedDictionary<string, MergeNode> Fields { get; } = new(StringComparer.Ordinal);
}

/// <summary>An array merged by identifier: its items by <c>id</c> (compared as text), in order of first appearance.</summary>
internal sealed class ArrayNode : MergeNode
{
    public OrderedDictionary<string, ArrayItem> Items { get; } = new(StringComparer.Ordinal);
}

/// <summary>One object of an identifier-merged array: its <c>id</c> as first published, and its other fields.</summary>
internal sealed class ArrayItem(JsonElement id)
{
    public JsonElement Id { get; } = id;

    public ObjectNode Node { get; } = new();
}

/// <summary>
/// A value that is replaced, not merged: a string, number, boolean, null, or an array merged whole. In a compiled
/// merge it holds the latest value (null means removed); in a versioned merge, every value it has had.
/// </summary>
internal sealed class LeafNode(JsonElement value) : MergeNode
{
    public JsonElement Value { get; set; } = value;

    public List<LeafVersion>? History { get; set; }
}

/// <summary>A value a leaf took in one release, by the release's index in merge order.</summary>
internal readonly record struct LeafVersion(int Release, JsonElement Value);
