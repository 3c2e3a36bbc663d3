using Steward.Core.Evaluation.Moderation;
using Steward.Core.Tenders;

namespace Steward.Data.Bids;

/// <summary>
/// A bid as an evaluator marks it: its answers (never its price or costs: quality is marked apart from price,
/// evaluation-methods.md §3.1), the lot's criteria and scale, and the marks this evaluator may see.
/// </summary>
public sealed record BidForMarking(OpenedBid Bid, DesignLot Lot, IReadOnlyList<DesignCriterion> Criteria, IReadOnlyList<IndividualScore> VisibleMarks, string Viewer);
