using Steward.Core.Evaluation.Award;
using Steward.Core.Evaluation.Scoring;
using Steward.Core.Tenders;

namespace Steward.Data.Bids;

/// <summary>
/// Where a lot's award stands for its commissioner: what still blocks the decision, the result so far with every
/// bid's arithmetic (bids named by id, with <see cref="Names"/>), the abnormally low price reviews, and once decided
/// the winner, the summaries, the notice, the standstill and the contract.
/// </summary>
public sealed record LotState(
    DesignLot Lot,
    IReadOnlyList<string> Blockers,
    LotResult? Result,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyList<AltReview> Reviews,
    string? WinnerBidId,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? SummariesIssuedAt,
    DateTimeOffset? NoticePublishedAt,
    string? StandstillCalendar,
    DateOnly? StandstillLastDay,
    DateTimeOffset? ContractEnteredAt,
    DateTimeOffset? ContractNoticePublishedAt);
