using Steward.Core.Evaluation.Award;
using Steward.Core.Tenders;

namespace Steward.Data.Bids;

/// <summary>
/// A bid as its moderator sees it: the content (price included), and per criterion the evaluators on the bid, their
/// marks once all have marked, and the moderated mark so far; with any abnormally low price review.
/// </summary>
public sealed record ModerationView(OpenedBid Bid, DesignLot Lot, IReadOnlyList<ModerationItem> Items, AltReview? Alt, bool Awarded);
