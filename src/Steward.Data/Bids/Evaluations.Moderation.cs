using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Core.Evaluation.Award;
using Steward.Core.Evaluation.Bids;
using Steward.Core.Evaluation.Moderation;
using Steward.Data.Accounts;
using Steward.Data.Entities;

namespace Steward.Data.Bids;

/// <summary>
/// Moderation by the buyer's commissioner: the consensus mark per criterion on the published scale with its own
/// rationale, only once every evaluator on the bid has marked that criterion, never an average set silently (T11).
/// </summary>
public sealed partial class Evaluations
{
    /// <summary>A bid for its moderator; the reading lands in the audit trail. Null when not this buyer's or the box is shut.</summary>
    public Result<ModerationView> ForModeration(string bidId, string organisationId, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return StoreWork.Write(target, by.Actor, time, context =>
        {
            var row = context.SealedBids.AsNoTracking().FirstOrDefault(b => b.Id == bidId);
            if (row is null || OwnTender(context, row.BoxId, organisationId) is not { } tender)
            {
                return Result<ModerationView>.Failure(Refused($"bid \"{bidId}\" is not in one of this buyer's boxes"));
            }

            var read = boxes.Read(context, bidId);
            if (!read.IsSuccess)
            {
                return Result<ModerationView>.Failure(read.Error!);
            }

            var lot = LotOf(tender, row.Lot);
            var onBid = OnBid(context, row);
            var marks = Marks(context, bidId);
            var moderated = Moderated(context, bidId);
            var items = BidRules.Answerable(lot).Select(c => new ModerationItem(c, onBid.Count, marks.Count(m => m.Criterion == c.Id && onBid.Contains(m.Evaluator)),
                ScoreVisibility.Visible(null, bidId, c.Id, onBid, marks), moderated.GetValueOrDefault(c.Id))).ToList();
            return Result<ModerationView>.Success(new ModerationView(read.Value, lot, items, Alt(context, bidId), Awarded(context, row.BoxId, row.Lot)));
        });
    }

    /// <summary>Sets (or, before the award, resets with a new rationale) the moderated mark of one criterion.</summary>
    public Result<ModeratedScore> Moderate(string bidId, string organisationId, string criterion, decimal score, string? rationale, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return StoreWork.Write(target, by.Actor, time, context =>
        {
            var row = context.SealedBids.AsNoTracking().FirstOrDefault(b => b.Id == bidId);
            if (row is null || OwnTender(context, row.BoxId, organisationId) is not { } tender || !Opened(context, row.BoxId))
            {
                return Result<ModeratedScore>.Failure(Refused($"bid \"{bidId}\" is not in one of this buyer's opened boxes"));
            }

            if (Awarded(context, row.BoxId, row.Lot))
            {
                return Result<ModeratedScore>.Failure(Refused($"lot {row.Lot} has been awarded; its marks are final"));
            }

            var lot = LotOf(tender, row.Lot);
            if (BidRules.Answerable(lot).FirstOrDefault(c => c.Id == criterion) is not { } scored)
            {
                return Result<ModeratedScore>.Failure(Refused($"criterion: lot {lot.Id} has no criterion \"{criterion}\""));
            }

            var onBid = OnBid(context, row);
            if (!ScoreVisibility.AllMarked(bidId, criterion, onBid, Marks(context, bidId)))
            {
                return Result<ModeratedScore>.Failure(Refused(onBid.Count == 0
                    ? "no evaluator on the panel may mark this bid (each has an interest or has not declared); add an evaluator first (PA 2023 s.82)"
                    : $"criterion: wait until every evaluator on the bid ({onBid.Count}) has marked {scored.Title ?? criterion}; moderation settles their marks, it does not replace them"));
            }

            if (ScoreRules.Check(lot, scored, score, rationale) is { } problem)
            {
                return Result<ModeratedScore>.Failure(problem);
            }

            var moderated = context.ModeratedScores.FirstOrDefault(s => s.BidId == bidId && s.Criterion == criterion);
            if (moderated is null)
            {
                moderated = new ModeratedScoreRow { Id = _newId().ToString("N"), BidId = bidId, Criterion = criterion };
                context.ModeratedScores.Add(moderated);
            }

            moderated.Score = score;
            moderated.Rationale = rationale!.Trim();
            moderated.ModeratedBy = by.Actor;
            moderated.ModeratedAt = Now.UtcDateTime;
            context.SaveChanges();
            return Result<ModeratedScore>.Success(new ModeratedScore(bidId, criterion, score, moderated.Rationale, by.Actor, Now));
        });
    }

    private static AltReview? Alt(StewardDbContext context, string bidId) =>
        context.AltReviews.AsNoTracking().FirstOrDefault(r => r.BidId == bidId) is { } r
            ? new AltReview(r.BidId, r.Flag, r.AskedAt is { } a ? TenderBoxes.Utc(a) : null, r.Explanation, r.Decision is { } d ? Enum.Parse<AltDecision>(d) : null, r.DecisionReason)
            : null;
}
