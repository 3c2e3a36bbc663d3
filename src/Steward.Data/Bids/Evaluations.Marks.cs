using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Core.Evaluation.Bids;
using Steward.Core.Evaluation.Conflicts;
using Steward.Core.Evaluation.Moderation;
using Steward.Data.Accounts;
using Steward.Data.Entities;

namespace Steward.Data.Bids;

/// <summary>Evaluators' independent marks: which bids each may read, reading them, and marking each criterion once.</summary>
public sealed partial class Evaluations
{
    /// <summary>The assessed bids of a box for an evaluator on its panel, each with whether they may read and mark it; empty until the box is opened.</summary>
    public IReadOnlyList<EvaluatorBid> BidsFor(string designId, string accountId) => StoreWork.Read(target, context =>
    {
        if (!Opened(context, designId) || !PanelOf(context, designId).Contains(accountId) || TenderBoxes.Published(context, designId).FirstOrDefault() is not { } tender)
        {
            return (IReadOnlyList<EvaluatorBid>)[];
        }

        var bidders = BidderIds(context, designId);
        var declarations = Declarations(context, designId);
        var marked = context.EvaluatorScores.AsNoTracking().Where(s => s.AccountId == accountId).GroupBy(s => s.BidId).Select(g => new { g.Key, Count = g.Count() }).ToDictionary(g => g.Key, g => g.Count);
        return [.. Assessed(context, designId).OrderBy(b => b.Lot).ThenBy(b => b.SubmittedAt)
            .Select(b => new EvaluatorBid(b.Id, b.Lot, SupplierName(context, b.SupplierId), ConflictRules.Access(accountId, b.SupplierId, bidders, declarations),
                marked.GetValueOrDefault(b.Id), BidRules.Answerable(LotOf(tender, b.Lot)).Count))];
    });

    /// <summary>
    /// Opens a bid for an evaluator to mark: only on the panel, only once the box is opened, only with a declaration about
    /// every bidder and no interest in this one (T16). The reading lands in the audit trail.
    /// </summary>
    public Result<BidForMarking> ForMarking(string bidId, string accountId, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return StoreWork.Write(target, by.Actor, time, context =>
        {
            if (Gate(context, bidId, accountId) is { } refused)
            {
                return Result<BidForMarking>.Failure(refused);
            }

            var row = context.SealedBids.AsNoTracking().First(b => b.Id == bidId);
            var tender = TenderBoxes.Published(context, row.BoxId).First();
            var read = boxes.Read(context, bidId);
            if (!read.IsSuccess)
            {
                return Result<BidForMarking>.Failure(read.Error!);
            }

            var lot = LotOf(tender, row.Lot);
            var criteria = BidRules.Answerable(lot);
            var onBid = OnBid(context, row);
            var marks = Marks(context, bidId);
            var visible = criteria.SelectMany(c => ScoreVisibility.Visible(accountId, bidId, c.Id, onBid, [.. marks])).ToList();
            var answers = read.Value with { Content = read.Value.Content with { Price = 0m, Costs = new Dictionary<string, decimal>(), CostUnits = null } };
            return Result<BidForMarking>.Success(new BidForMarking(answers, lot, criteria, visible, accountId));
        });
    }

    /// <summary>One file of a bid the evaluator may read; the reading lands in the audit trail.</summary>
    public Result<BidFile> FileForMarking(string bidId, string fileId, string accountId, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return StoreWork.Write(target, by.Actor, time, context =>
            Gate(context, bidId, accountId) is { } refused ? Result<BidFile>.Failure(refused) : boxes.ReadFile(context, bidId, fileId));
    }

    /// <summary>
    /// An evaluator's mark for one criterion: on the published scale with a rationale (ScoreRules), once; a second
    /// mark for the same criterion is refused and the first stands (the store refuses changes to marks, too).
    /// </summary>
    public Result<IndividualScore> Mark(string bidId, string accountId, string criterion, decimal score, string? rationale, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return StoreWork.Write(target, by.Actor, time, context =>
        {
            if (Gate(context, bidId, accountId) is { } refused)
            {
                return Result<IndividualScore>.Failure(refused);
            }

            var row = context.SealedBids.AsNoTracking().First(b => b.Id == bidId);
            var lot = LotOf(TenderBoxes.Published(context, row.BoxId).First(), row.Lot);
            if (BidRules.Answerable(lot).FirstOrDefault(c => c.Id == criterion) is not { } scored)
            {
                return Result<IndividualScore>.Failure(Refused($"criterion: lot {lot.Id} has no criterion \"{criterion}\" to mark"));
            }

            if (ScoreRules.Check(lot, scored, score, rationale) is { } problem)
            {
                return Result<IndividualScore>.Failure(problem);
            }

            if (context.EvaluatorScores.Any(s => s.BidId == bidId && s.Criterion == criterion && s.AccountId == accountId))
            {
                return Result<IndividualScore>.Failure(Refused($"criterion: you have marked {scored.Title ?? criterion} already; a submitted mark never changes (moderation settles differences)"));
            }

            context.EvaluatorScores.Add(new EvaluatorScoreRow
            {
                Id = _newId().ToString("N"),
                BidId = bidId,
                Criterion = criterion,
                AccountId = accountId,
                Score = score,
                Rationale = rationale!.Trim(),
                SubmittedAt = Now.UtcDateTime,
            });
            context.SaveChanges();
            return Result<IndividualScore>.Success(new IndividualScore(accountId, bidId, criterion, score, rationale.Trim(), Now));
        });
    }

    /// <summary>Why this evaluator may not read or mark this bid now; null when they may.</summary>
    private static Error? Gate(StewardDbContext context, string bidId, string accountId)
    {
        var row = context.SealedBids.AsNoTracking().FirstOrDefault(b => b.Id == bidId);
        if (row is null || !PanelOf(context, row.BoxId).Contains(accountId))
        {
            return Refused($"bid \"{bidId}\" is not one this evaluator's panel assesses");
        }

        if (!Opened(context, row.BoxId))
        {
            return Refused($"the tender box is sealed: no bid is read before it is opened after the deadline ({TenderBox.SealReference})");
        }

        if (!Assessed(context, row.BoxId).Any(b => b.Id == bidId))
        {
            return Refused("this bid is not assessed (withdrawn, late and not admitted, or disregarded)");
        }

        var access = ConflictRules.Access(accountId, row.SupplierId, BidderIds(context, row.BoxId), Declarations(context, row.BoxId));
        return access.Allowed ? null : Refused(access.Reason);
    }
}
