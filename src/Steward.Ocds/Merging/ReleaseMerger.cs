using System.Text.Json;

namespace Steward.Ocds.Merging;

/// <summary>
/// Merges the releases of one process into its compiled release, or its versioned release, following the OCDS
/// merging specification (https://standard.open-contracting.org/1.1/en/schema/merging/):
/// <list type="bullet">
/// <item>releases are taken in date order (<see cref="ReleaseOrder"/>); a later value replaces an earlier one;</item>
/// <item>objects merge field by field; <c>null</c> removes a field; an empty object changes nothing;</item>
/// <item>an array whose items are all objects with an <c>id</c> merges item by item, matching ids as text
/// (so <c>1</c> and <c>"1"</c> are the same item); an empty such array changes nothing;</item>
/// <item>any other array, and any array the schema marks <c>wholeListMerge</c>, is replaced whole;</item>
/// <item>fields the schema marks <c>omitWhenMerged</c> (<c>id</c>, <c>date</c>, <c>tag</c>) are left out; the
/// compiled release gets <c>tag</c> ["compiled"], the latest <c>date</c> and <c>id</c> "{ocid}-{date}".</item>
/// </list>
/// Where ocdsmerge differs (a <c>null</c> keeps sub-fields an object had; objects without ids are appended), this
/// follows the specification's plain words; docs/ocds-toolkit.md lists the differences.
/// </summary>
public sealed class ReleaseMerger(MergeRules rules)
{
    /// <summary>Merges releases that share <paramref name="ocid"/>. They are sorted into date order first.</summary>
    /// <param name="ocid">The process.</param>
    /// <param name="releases">Its releases, in input order; they must stay alive until the result is written.</param>
    /// <param name="versioned">True for a versioned release (every value with the release that set it).</param>
    public MergedProcess Merge(string ocid, IReadOnlyList<JsonElement> releases, bool versioned = false)
    {
        ArgumentNullException.ThrowIfNull(releases);
        var ordered = releases.Count == 1 ? [releases[0]] : ReleaseOrder.Sort(releases);
        var warnings = new List<MergeWarning>();
        if (ordered.Count > 1 && ordered.Any(r => ReleaseOrder.DateText(r) is null))
        {
            warnings.Add(new MergeWarning(ocid, null, "date",
                "a release has no date, so its place in the merge order is unknown; it was merged first"));
        }

        var root = new ObjectNode();
        var state = new MergeState(versioned, ocid, warnings);
        for (var index = 0; index < ordered.Count; index++)
        {
            var release = ordered[index];
            if (release.ValueKind != JsonValueKind.Object)
            {
                warnings.Add(new MergeWarning(ocid, null, null, $"release {index} is not a JSON object; it was left out"));
                continue;
            }

            state.Begin(index, release);
            state.MergeObject(root, release, rules.Root, null);
        }

        // The process's ocid is written once, from the argument, ahead of the merged fields.
        root.Fields.Remove("ocid");
        return new MergedProcess(ocid, root, ordered, versioned, warnings);
    }

    /// <summary>The merge of one process in progress.</summary>
    private sealed class MergeState(bool versioned, string ocid, List<MergeWarning> warnings)
    {
        private int _release;
        private string? _releaseId;

        public void Begin(int index, JsonElement release)
        {
            _release = index;
            _releaseId = release.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }

        public void MergeObject(ObjectNode target, JsonElement source, RuleNode? ruleNode, Segment? path)
        {
            foreach (var property in source.EnumerateObject())
            {
                var name = property.Name;
                var rule = ruleNode?.Child(name);
                if (rule?.Rule == MergeRule.Omit)
                {
                    continue;
                }

                MergeField(target, name, property.Value, rule, new Segment(name, path));
            }
        }

        private void MergeField(ObjectNode target, string name, JsonElement value, RuleNode? rule, Segment path)
        {
            target.Fields.TryGetValue(name, out var existing);
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    if (!HasAnyProperty(value))
                    {
                        return;
                    }

                    if (existing is not ObjectNode node)
                    {
                        node = new ObjectNode();
                        Replace(target, name, existing, node, path);
                    }

                    MergeObject(node, value, rule, path);
                    return;

                case JsonValueKind.Array when rule?.Rule != MergeRule.WholeList && IsIdentifierArray(value):
                    if (value.GetArrayLength() == 0)
                    {
                        return;
                    }

                    if (existing is not ArrayNode array)
                    {
                        array = new ArrayNode();
                        Replace(target, name, existing, array, path);
                    }

                    MergeArray(array, value, rule, path);
                    return;

                case JsonValueKind.Null when versioned && existing is ObjectNode or ArrayNode:
                    NullEveryLeaf(existing!, value);
                    return;

                default:
                    SetLeaf(target, name, existing, value, path);
                    return;
            }
        }

        private void MergeArray(ArrayNode array, JsonElement value, RuleNode? rule, Segment path)
        {
            HashSet<string>? seen = null;
            foreach (var item in value.EnumerateArray())
            {
                var id = item.GetProperty("id");
                var key = id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
                seen ??= new HashSet<string>(StringComparer.Ordinal);
                if (!seen.Add(key))
                {
                    warnings.Add(new MergeWarning(ocid, _releaseId, path.ToString(),
                        $"more than one object in this array has the id '{key}'; their fields were merged, later ones winning"));
                }

                if (!array.Items.TryGetValue(key, out var entry))
                {
                    entry = new ArrayItem(id);
                    array.Items.Add(key, entry);
                }

                foreach (var property in item.EnumerateObject())
                {
                    if (property.Name == "id")
                    {
                        continue;
                    }

                    var childRule = rule?.Child(property.Name);
                    if (childRule?.Rule != MergeRule.Omit)
                    {
                        MergeField(entry.Node, property.Name, property.Value, childRule, new Segment(property.Name, path));
                    }
                }
            }
        }

        private void SetLeaf(ObjectNode target, string name, MergeNode? existing, JsonElement value, Segment path)
        {
            if (existing is LeafNode leaf)
            {
                if (!versioned)
                {
                    leaf.Value = value;
                    return;
                }

                var last = leaf.History![^1].Value;
                if (!JsonElement.DeepEquals(last, value))
                {
                    leaf.History.Add(new LeafVersion(_release, value));
                }

                leaf.Value = value;
                return;
            }

            var created = new LeafNode(value);
            if (versioned)
            {
                created.History = [new LeafVersion(_release, value)];
            }

            Replace(target, name, existing, created, path);
        }

        /// <summary>A versioned merge records a null against every value below an object that is set to null.</summary>
        private void NullEveryLeaf(MergeNode node, JsonElement nullValue)
        {
            switch (node)
            {
                case LeafNode leaf when leaf.History![^1].Value.ValueKind != JsonValueKind.Null:
                    leaf.History.Add(new LeafVersion(_release, nullValue));
                    leaf.Value = nullValue;
                    break;
                case ObjectNode obj:
                    foreach (var child in obj.Fields.Values)
                    {
                        NullEveryLeaf(child, nullValue);
                    }

                    break;
                case ArrayNode array:
                    foreach (var item in array.Items.Values)
                    {
                        NullEveryLeaf(item.Node, nullValue);
                    }

                    break;
                default:
                    break;
            }
        }

        private void Replace(ObjectNode target, string name, MergeNode? existing, MergeNode replacement, Segment path)
        {
            if (versioned && existing is not null && !(existing is LeafNode { Value.ValueKind: JsonValueKind.Null }))
            {
                warnings.Add(new MergeWarning(ocid, _releaseId, path.ToString(),
                    "this field changed between a value and an object or array; its earlier versions were dropped"));
            }

            target.Fields[name] = replacement;
        }

        private static bool HasAnyProperty(JsonElement value)
        {
            using var properties = value.EnumerateObject();
            return properties.MoveNext();
        }

        private static bool IsIdentifierArray(JsonElement array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("id", out _))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>A JSON path built only when a warning needs it.</summary>
    private sealed record Segment(string Name, Segment? Parent)
    {
        public override string ToString() => Parent is null ? Name : $"{Parent}/{Name}";
    }
}
