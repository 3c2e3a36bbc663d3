using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Core.Evaluation.Award;
using Steward.Data.Accounts;
using Steward.Data.Entities;

namespace Steward.Data.Bids;

/// <summary>
/// Abnormally low prices (PA 2023 s.19(3)(c), (4), (5); T9): the buyer asks the supplier to explain a flagged price,
/// the supplier answers in Steward, and the buyer accepts the bid or disregards it with a reason.
/// </summary>
public sealed partial class Evaluations
{
    /// <summary>Puts a flagged price to its supplier (s.19(4)(a)); the flag must stand on the lot's current result.</summary>
    public Result<AltReview> AskAlt(string bidId, string organisationId, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return StoreWork.Write(target, by.Actor, time, context =>
        {
            var row = context.SealedBids.AsNoTracking().FirstOrDefault(b => b.Id == bidId);
            if (row is null || OwnTender(context, row.BoxId, organisationId) is not { } tender || !Opened(context, row.BoxId))
            {
                return Result<AltReview>.Failure(Refused($"bid \"{bidId}\" is not in one of this buyer's opened boxes"));
            }

            var (result, _) = Score(context, tender, row.Lot);
            var flagged = result?.Bids.FirstOrDefault(b => b.Bidder == bidId && b.AbnormallyLow);
            if (flagged is null)
            {
                return Result<AltReview>.Failure(Refused("this bid's price is not flagged as possibly abnormally low on the lot's current marks"));
            }

            if (context.AltReviews.Any(r => r.BidId == bidId))
            {
                return Result<AltReview>.Failure(Refused("the supplier has been asked already"));
            }

            context.AltReviews.Add(new AltReviewRow { BidId = bidId, Flag = flagged.AbnormallyLowReason!, AskedAt = Now.UtcDateTime });
            context.SaveChanges();
            return Result<AltReview>.Success(Alt(context, bidId)!);
        });
    }

    /// <summary>The supplier's explanation of its price (s.19(4)(b)); it may answer again until the buyer decides.</summary>
    public Result<AltReview> ExplainAlt(string bidId, string supplierId, string? explanation, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (string.IsNullOrWhiteSpace(explanation))
        {
            return Refused("explanation: show how you can perform the contract for the price you bid (PA 2023 s.19(4)(b), (5))");
        }

        return StoreWork.Write(target, by.Actor, time, context =>
        {
            var review = context.AltReviews.FirstOrDefault(r => r.BidId == bidId);
            if (review is null || !context.SealedBids.Any(b => b.Id == bidId && b.SupplierId == supplierId))
            {
                return Result<AltReview>.Failure(Refused("the buyer has asked no question about this bid's price"));
            }

            if (review.Decision is not null)
            {
                return Result<AltReview>.Failure(Refused($"the buyer has decided already ({review.Decision})"));
            }

            review.Explanation = explanation.Trim();
            review.ExplainedAt = Now.UtcDateTime;
            context.SaveChanges();
            return Result<AltReview>.Success(Alt(context, bidId)!);
        });
    }

    /// <summary>The buyer's decision on a flagged price, with its reason (AltRules): accepted, or disregarded after the supplier was heard.</summary>
    public Result<AltReview> DecideAlt(string bidId, string organisationId, AltDecision decision, string? reason, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return StoreWork.Write(target, by.Actor, time, context =>
        {
            var row = context.SealedBids.AsNoTracking().FirstOrDefault(b => b.Id == bidId);
            var review = context.AltReviews.FirstOrDefault(r => r.BidId == bidId);
            if (row is null || OwnTender(context, row.BoxId, organisationId) is null)
            {
                return Result<AltReview>.Failure(Refused($"bid \"{bidId}\" is not in one of this buyer's boxes"));
            }

            var current = Alt(context, bidId) ?? new AltReview(bidId, string.Empty, null, null, null, null);
            if (AltRules.CheckDecision(current, decision, reason) is { } problem)
            {
                return Result<AltReview>.Failure(problem);
            }

            if (review is null || Awarded(context, row.BoxId, row.Lot))
            {
                return Result<AltReview>.Failure(Refused(review is null ? "ask the supplier to explain its price first" : $"lot {row.Lot} has been awarded"));
            }

            review.Decision = decision.ToString();
            review.DecisionReason = reason!.Trim();
            review.DecidedBy = by.Actor;
            review.DecidedAt = Now.UtcDateTime;
            context.SaveChanges();
            return Result<AltReview>.Success(Alt(context, bidId)!);
        });
    }

    /// <summary>The questions put to a supplier about its prices, newest first.</summary>
    public IReadOnlyList<AltQuestion> QuestionsFor(string supplierId) => StoreWork.Read(target, context =>
    {
        var bids = context.SealedBids.AsNoTracking().Where(b => b.SupplierId == supplierId).ToDictionary(b => b.Id);
        var titles = TenderBoxes.Published(context).ToDictionary(t => t.DesignId, t => t.Design.Title ?? "Untitled");
        return (IReadOnlyList<AltQuestion>)[.. context.AltReviews.AsNoTracking().Where(r => bids.Keys.Contains(r.BidId) && r.AskedAt != null).OrderByDescending(r => r.AskedAt).AsEnumerable()
            .Select(r => new AltQuestion(r.BidId, titles.GetValueOrDefault(bids[r.BidId].BoxId, "Untitled"), bids[r.BidId].Lot, r.Flag, TenderBoxes.Utc(r.AskedAt!.Value), r.Explanation, r.Decision))];
    });
}
