namespace Steward.Core.Suppliers;

/// <summary>
/// Whether a classification rests on checked documents: every profile field its tests read is covered by evidence
/// that was verified on or before the day and had not expired. A classification is "verified" only then.
/// </summary>
public static class EvidenceCheck
{
    /// <summary>The fields of <paramref name="classification"/> no current evidence covers; empty when it is verified.</summary>
    public static IReadOnlyList<string> Unverified(Classification classification, IReadOnlyList<Evidence> evidence, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(classification);
        ArgumentNullException.ThrowIfNull(evidence);
        var covered = evidence.Where(e => e.IsCurrent(day)).SelectMany(e => e.Covers).ToHashSet(StringComparer.Ordinal);
        return [.. classification.Fields.Where(f => !covered.Contains(f) && !Optional(f, covered))];
    }

    /// <summary>True when the classification is true and every field it read is backed by current evidence.</summary>
    public static bool IsVerified(Classification classification, IReadOnlyList<Evidence> evidence, DateOnly day) =>
        classification is { Result: Verdict.True } && Unverified(classification, evidence, day).Count == 0;

    // Workforce figures are one return: evidence covering "workforce" covers its fields.
    private static bool Optional(string field, HashSet<string> covered) =>
        covered.Contains("workforce") && field is "employees" or "fte" or "disabledOrDisadvantagedWorkers" or "performingPart";
}
