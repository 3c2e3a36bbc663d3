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
        root.Remove("ocid");
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
            var names = NameTable.Current;
            foreach (var property in source.EnumerateObject())
            {
                var name = names.NameOf(property);
                var rule = ruleNode?.Child(name);
                if (rule?.Rule == MergeRule.Omit)
                {
                    continue;
                }

                MergeField(target, name, property.Value, rule, path);
            }
        }

        // parent is the path of target; the field's own path is made only when a child or a warning needs it.
        private void MergeField(ObjectNode target, string name, JsonElement value, RuleNode? rule, Segment? parent)
        {
            var index = target.IndexOf(name);
            var existing = index >= 0 ? target[index].Node : null;
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    if (!HasAnyProperty(value))
                    {
                        return;
                    }

                    if (existing is not ObjectNode node)
                    {
                        node = new ObjectNode(value.GetPropertyCount());
                        Replace(target, ref index, name, node, parent);
                    }

                    MergeObject(node, value, rule, new Segment(name, parent));
                    return;

                case JsonValueKind.Array when rule?.Rule != MergeRule.WholeList && IsIdentifierArray(value):
                    if (value.GetArrayLength() == 0)
                    {
                        return;
                    }

                    if (existing is not ArrayNode array)
                    {
                        array = new ArrayNode();
                        Replace(target, ref index, name, array, parent);
                    }

                    MergeArray(array, value, rule, new Segment(name, parent));
                    return;

                case JsonValueKind.Null when versioned && existing is not null:
                    NullEveryLeaf(existing, value);
                    return;

                default:
                    SetLeaf(target, index, name, value, parent);
                    return;
            }
        }

        private void MergeArray(ArrayNode array, JsonElement value, RuleNode? rule, Segment here)
        {
            var names = NameTable.Current;
            foreach (var item in value.EnumerateArray())
            {
                var id = item.GetProperty("id");
                var key = id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
                if (!array.Items.TryGetValue(key, out var entry))
                {
                    entry = new ArrayItem(id, item.GetPropertyCount());
                    array.Items.Add(key, entry);
                }
                else if (entry.LastRelease == _release)
                {
                    warnings.Add(new MergeWarning(ocid, _releaseId, here.ToString(),
                        $"more than one object in this array has the id '{key}'; their fields were merged, later ones winning"));
                }

                entry.LastRelease = _release;

                foreach (var property in item.EnumerateObject())
                {
                    var name = names.NameOf(property);
                    if (name == "id")
                    {
                        continue;
                    }

                    var childRule = rule?.Child(name);
                    if (childRule?.Rule != MergeRule.Omit)
                    {
                        MergeField(entry.Node, name, property.Value, childRule, here);
                    }
                }
            }
        }

        private void SetLeaf(ObjectNode target, int index, string name, JsonElement value, Segment? parent)
        {
            if (index >= 0 && target[index].IsLeaf)
            {
                ref var field = ref target[index];
                if (versioned && !JsonElement.DeepEquals(field.History![^1].Value, value))
                {
                    field.History.Add(new LeafVersion(_release, value));
                }

                field.Value = value;
                return;
            }

            Replace(target, ref index, name, null, parent);
            ref var created = ref target[index];
            created.Value = value;
            if (versioned)
            {
                created.History = [new LeafVersion(_release, value)];
            }
        }

        /// <summary>A versioned merge records a null against every value below an object that is set to null.</summary>
        private void NullEveryLeaf(MergeNode node, JsonElement nullValue)
        {
            switch (node)
            {
                case ObjectNode obj:
                    for (var i = 0; i < obj.Count; i++)
                    {
                        ref var field = ref obj[i];
                        if (field.Node is { } child)
                        {
                            NullEveryLeaf(child, nullValue);
                        }
                        else if (field.History![^1].Value.ValueKind != JsonValueKind.Null)
                        {
                            field.History.Add(new LeafVersion(_release, nullValue));
                            field.Value = nullValue;
                        }
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

        /// <summary>Puts <paramref name="node"/> (null for a leaf) in the field, adding the field if it is new.</summary>
        private void Replace(ObjectNode target, ref int index, string name, MergeNode? node, Segment? parent)
        {
            if (index < 0)
            {
                index = target.Add(name);
                target[index].Node = node;
                return;
            }

            ref var field = ref target[index];
            if (versioned && !(field.IsLeaf && field.Value.ValueKind == JsonValueKind.Null))
            {
                warnings.Add(new MergeWarning(ocid, _releaseId, new Segment(name, parent).ToString(),
                    "this field changed between a value and an object or array; its earlier versions were dropped"));
            }

            field = new Field { Name = name, Node = node };
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
