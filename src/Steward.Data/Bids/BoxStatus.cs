using Steward.Core.Evaluation.Bids;

namespace Steward.Data.Bids;

/// <summary>
/// A tender box as its buyer sees it: the state and deadline, and only after the deadline how many bids arrived
/// (and how many late); who asked to open it and when it was opened, by audit actor.
/// </summary>
public sealed record BoxStatus(
    string DesignId,
    string Ocid,
    BoxState State,
    DateTimeOffset Deadline,
    OpeningRule Rule,
    int? Bids,
    int? Late,
    string? OpeningRequestedBy,
    DateTimeOffset? OpenedAt,
    string? OpenedBy);
