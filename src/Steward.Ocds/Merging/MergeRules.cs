using System.Collections.Frozen;

namespace Steward.Ocds.Merging;

/// <summary>
/// The schema's merge annotations by field path: fields left out of compiled releases (<c>omitWhenMerged</c>) and
/// arrays replaced whole rather than merged by <c>id</c> (<c>wholeListMerge</c>). Paths are property names joined
/// by <c>/</c>, without array indexes (e.g. <c>tender/items/additionalClassifications</c>).
/// </summary>
public sealed class MergeRules
{
    private MergeRules(RuleNode root, IReadOnlySet<string> omit, IReadOnlySet<string> wholeList)
    {
        Root = root;
        Omitted = omit;
        WholeList = wholeList;
    }

    /// <summary>
    /// The rules of the OCDS 1.1.5 release schema, as ocdsmerge derives them (open-contracting/ocds-merge
    /// <c>tests/test_rules.py</c>); <c>MergeRulesTests</c> checks them against the schema file itself.
    /// </summary>
    public static MergeRules Ocds11 { get; } = Create(
        omit: ["id", "date", "tag"],
        wholeList:
        [
            "parties/additionalIdentifiers", "parties/roles",
            "buyer/additionalIdentifiers",
            "tender/procuringEntity/additionalIdentifiers", "tender/tenderers/additionalIdentifiers",
            "tender/submissionMethod", "tender/additionalProcurementCategories",
            "tender/items/additionalClassifications", "awards/items/additionalClassifications",
            "contracts/items/additionalClassifications",
            "awards/suppliers/additionalIdentifiers",
            "contracts/implementation/transactions/payer/additionalIdentifiers",
            "contracts/implementation/transactions/payee/additionalIdentifiers",
            "tender/amendment/changes", "tender/amendments/changes",
            "awards/amendment/changes", "awards/amendments/changes",
            "contracts/amendment/changes", "contracts/amendments/changes",
            "relatedProcesses/relationship", "contracts/relatedProcesses/relationship",
        ]);

    /// <summary>Paths omitted when merging.</summary>
    public IReadOnlySet<string> Omitted { get; }

    /// <summary>Array paths replaced whole.</summary>
    public IReadOnlySet<string> WholeList { get; }

    internal RuleNode Root { get; }

    /// <summary>Builds rules from explicit path lists.</summary>
    public static MergeRules Create(IEnumerable<string> omit, IEnumerable<string> wholeList)
    {
        var omitted = omit.ToFrozenSet(StringComparer.Ordinal);
        var whole = wholeList.ToFrozenSet(StringComparer.Ordinal);
        var root = new RuleNode();
        foreach (var path in omitted)
        {
            root.Descend(path).Rule = MergeRule.Omit;
        }

        foreach (var path in whole)
        {
            root.Descend(path).Rule = MergeRule.WholeList;
        }

        return new MergeRules(root, omitted, whole);
    }
}
