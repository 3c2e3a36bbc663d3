namespace Steward.Ocds.Merging;

/// <summary>How the merge treats one field path.</summary>
internal enum MergeRule
{
    /// <summary>By its value: objects merge, arrays of objects with ids merge by id, other values replace.</summary>
    Default,

    /// <summary>Left out of compiled and versioned releases (<c>omitWhenMerged</c>).</summary>
    Omit,

    /// <summary>An array replaced whole by its latest value (<c>wholeListMerge</c>).</summary>
    WholeList,
}
