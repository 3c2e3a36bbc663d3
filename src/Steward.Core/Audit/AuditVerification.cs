namespace Steward.Core.Audit;

/// <summary>What checking the audit trail found: whole, or the first entry that was changed, removed or reordered.</summary>
public sealed record AuditVerification
{
    /// <summary>Whether every entry is as written and in order.</summary>
    public required bool IsWhole { get; init; }

    /// <summary>How many entries were checked and found good before the first problem (all of them when whole).</summary>
    public required long GoodEntries { get; init; }

    /// <summary>The sequence number of the first entry changed, removed or reordered; null when whole.</summary>
    public long? FirstBroken { get; init; }

    /// <summary>What is wrong with it, in a sentence; null when whole.</summary>
    public string? Problem { get; init; }

    /// <summary>The last entry's hash when whole (the head to pin); <see cref="AuditChain.Genesis"/> for an empty trail.</summary>
    public string? Head { get; init; }

    public static AuditVerification Whole(long entries, string head) => new() { IsWhole = true, GoodEntries = entries, Head = head };

    public static AuditVerification Broken(long good, long sequence, string problem) =>
        new() { IsWhole = false, GoodEntries = good, FirstBroken = sequence, Problem = problem };
}
