using Steward.Core.Evaluation.Bids;
using Steward.Data.Bids;

namespace Steward.Web.Bidding;

/// <summary>
/// A bid read from its form: the BID.json content and the files, or each problem by the form field it belongs to
/// (<c>price</c>, <c>a0</c>, <c>f0</c>, <c>m1.quantity</c>, <c>declarations-independentTender</c>; "" for the bid as a whole).
/// </summary>
public sealed record BidFormResult(BidContent Bid, IReadOnlyList<BidFile> Files, IReadOnlyList<(string Field, string Message)> Problems);
