namespace Steward.Core.Audit;

/// <summary>
/// One change, as the audit trail keeps it. Entries are chained: <see cref="Hash"/> is SHA-256 over this entry's fields
/// and <see cref="PreviousHash"/>, so changing, removing or reordering any entry breaks every hash after it
/// (<see cref="AuditChain"/>). Entries hold no passwords, tokens or personal data: the actor is an account's id.
/// </summary>
public sealed record AuditEntry
{
    /// <summary>1, 2, 3, … with no gaps.</summary>
    public required long Sequence { get; init; }

    /// <summary>When the change was made (UTC, whole microseconds: what both engines keep exactly).</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Who made it: <c>account:ID</c>, <c>token:ID</c>, <c>cli:NAME</c> (a role or team given with --by) or <c>system</c>.</summary>
    public required string Actor { get; init; }

    /// <summary>What was done, e.g. <c>account.created</c>, <c>membership.added</c>, <c>evidence.verified</c>.</summary>
    public required string Action { get; init; }

    /// <summary>What it was done to, e.g. <c>organisation:ID</c>, <c>profile:ID</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>A compact JSON object with the change's particulars (never secrets or personal data); <c>{}</c> when none.</summary>
    public required string Details { get; init; }

    /// <summary>The previous entry's hash (<see cref="AuditChain.Genesis"/> for the first).</summary>
    public required string PreviousHash { get; init; }

    /// <summary>SHA-256 of this entry, lower-case hex (<see cref="AuditChain.HashOf"/>).</summary>
    public required string Hash { get; init; }
}
