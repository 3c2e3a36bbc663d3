namespace Steward.Ocds.Merging;

/// <summary>Something odd met while merging a process's releases; the merge still goes on.</summary>
/// <param name="Ocid">The process.</param>
/// <param name="ReleaseId">The release at fault, when one is.</param>
/// <param name="Path">The JSON path at fault (e.g. <c>awards/suppliers</c>), when one is.</param>
/// <param name="Message">A plain sentence.</param>
public sealed record MergeWarning(string Ocid, string? ReleaseId, string? Path, string Message);
