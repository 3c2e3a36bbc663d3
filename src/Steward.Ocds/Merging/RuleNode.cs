namespace Steward.Ocds.Merging;

/// <summary>One level of the merge-rule tree: the rule at this path and the rules below it, by property name.</summary>
internal sealed class RuleNode
{
    private Dictionary<string, RuleNode>? _children;

    public MergeRule Rule { get; set; }

    /// <summary>The node for a property name, or null when no rule lies at or below it.</summary>
    public RuleNode? Child(string name) =>
        _children is not null && _children.TryGetValue(name, out var child) ? child : null;

    /// <summary>The node at a <c>/</c>-separated path, created as needed.</summary>
    public RuleNode Descend(string path)
    {
        var node = this;
        foreach (var name in path.Split('/'))
        {
            node._children ??= new Dictionary<string, RuleNode>(StringComparer.Ordinal);
            if (!node._children.TryGetValue(name, out var next))
            {
                next = new RuleNode();
                node._children[name] = next;
            }

            node = next;
        }

        return node;
    }
}
