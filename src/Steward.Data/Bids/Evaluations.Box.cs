using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Core.Evaluation.Bids;
using Steward.Data.Accounts;

namespace Steward.Data.Bids;

/// <summary>The bids in a box as its buyer's overview lists them, and a bid's files for its moderator.</summary>
public sealed partial class Evaluations
{
    /// <summary>Every bid in the box after the deadline (submitted, late or not), without content; empty before it.</summary>
    public IReadOnlyList<BidInBox> BidsInBox(string designId, string organisationId) => StoreWork.Read(target, context =>
    {
        if (OwnTender(context, designId, organisationId) is not { } tender || tender.StateAt(Now) == BoxState.Receiving)
        {
            return (IReadOnlyList<BidInBox>)[];
        }

        var assessed = Assessed(context, designId).Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var moderated = context.ModeratedScores.AsNoTracking().GroupBy(s => s.BidId).Select(g => new { g.Key, Count = g.Count() }).ToDictionary(g => g.Key, g => g.Count);
        var reviews = context.AltReviews.AsNoTracking().ToDictionary(r => r.BidId);
        return [.. InBox(context, designId).OrderBy(b => b.Lot).ThenBy(b => b.SubmittedAt).AsEnumerable().Select(b => new BidInBox(
            b.Id, b.Lot, b.SupplierId, SupplierName(context, b.SupplierId), TenderBoxes.Utc(b.SubmittedAt), b.Late, b.LateDecision, assessed.Contains(b.Id),
            moderated.GetValueOrDefault(b.Id), BidRules.Answerable(LotOf(tender, b.Lot)).Count,
            reviews.TryGetValue(b.Id, out var review) ? review.Decision ?? (review.Explanation is null ? "asked" : "explained") : null))];
    });

    /// <summary>One file of a bid for its moderator; the reading lands in the audit trail.</summary>
    public Result<BidFile> FileForModeration(string bidId, string fileId, string organisationId, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return StoreWork.Write(target, by.Actor, time, context =>
        {
            var row = context.SealedBids.AsNoTracking().FirstOrDefault(b => b.Id == bidId);
            return row is null || OwnTender(context, row.BoxId, organisationId) is null
                ? Result<BidFile>.Failure(Refused($"bid \"{bidId}\" is not in one of this buyer's boxes"))
                : boxes.ReadFile(context, bidId, fileId);
        });
    }
}
