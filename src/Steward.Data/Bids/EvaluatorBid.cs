using Steward.Core.Evaluation.Conflicts;

namespace Steward.Data.Bids;

/// <summary>A bid on an evaluator's list: the lot and bidder, whether they may read and mark it (and why not), and how many criteria they have marked.</summary>
public sealed record EvaluatorBid(string BidId, string Lot, string SupplierName, BidAccess Access, int Marked, int Criteria);
