using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Core.Evaluation.Award;
using Steward.Core.Evaluation.Bids;
using Steward.Core.Evaluation.Scoring;
using Steward.Core.Evaluation.Summaries;
using Steward.Data.Accounts;
using Steward.Data.Entities;

namespace Steward.Data.Bids;

/// <summary>The award decision (PA 2023 s.19), and the assessment summaries issued before the award notice (s.50(3), reg 31).</summary>
public sealed partial class Evaluations
{
    private static readonly JsonSerializerOptions SummaryJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Where a lot's award stands; reading the ranking (which opens the sealed prices) lands in the audit trail.</summary>
    public LotState? Lot(string designId, string organisationId, string lot, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return StoreWork.Write(target, by.Actor, time, context =>
        {
            if (OwnTender(context, designId, organisationId) is not { } tender || tender.Design.Lots.All(l => l.Id != lot))
            {
                return null;
            }

            var design = LotOf(tender, lot);
            var award = context.LotAwards.AsNoTracking().FirstOrDefault(a => a.BoxId == designId && a.Lot == lot);
            var (result, bids) = Opened(context, designId) ? Score(context, tender, lot) : (null, []);
            var reviews = context.SealedBids.AsNoTracking().Where(s => s.BoxId == designId && s.Lot == lot).Select(s => s.Id).ToList()
                .Select(id => Alt(context, id)).OfType<AltReview>().ToList();
            var blockers = !Opened(context, designId) ? ["open the tender box (after the deadline)"]
                : award is not null ? []
                : LotAward.Blockers(design, bids, reviews, AssessmentCurrent(context, designId));
            if (result is not null)
            {
                context.AuditNote("lot.assessed", $"box:{designId}", new Dictionary<string, string?> { ["lot"] = lot });
                context.SaveChanges();
            }

            var names = InBox(context, designId).Where(b => b.Lot == lot).Select(b => new { b.Id, b.SupplierId }).ToList().ToDictionary(b => b.Id, b => SupplierName(context, b.SupplierId), StringComparer.Ordinal);
            return new LotState(design, blockers, result, names, reviews, award?.WinnerBidId, award is null ? null : TenderBoxes.Utc(award.DecidedAt),
                Stamp(award?.SummariesIssuedAt), Stamp(award?.NoticePublishedAt), award?.StandstillCalendar, award?.StandstillLastDay, Stamp(award?.ContractEnteredAt), Stamp(award?.ContractNoticePublishedAt));
        });
    }

    /// <summary>Records the award decision for a lot: nothing may block it (LotAward.Blockers), and it is made once.</summary>
    public Result<string> DecideAward(string designId, string organisationId, string lot, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return StoreWork.Write(target, by.Actor, time, context =>
        {
            if (OwnTender(context, designId, organisationId) is not { } tender || tender.Design.Lots.All(l => l.Id != lot) || !Opened(context, designId))
            {
                return Result<string>.Failure(Refused($"lot {lot} of \"{designId}\" is not in one of this buyer's opened boxes"));
            }

            if (Awarded(context, designId, lot))
            {
                return Result<string>.Failure(Refused($"lot {lot} has been awarded already"));
            }

            var (result, bids) = Score(context, tender, lot);
            var reviews = bids.Select(b => Alt(context, b.Id)).OfType<AltReview>().ToList();
            var blockers = LotAward.Blockers(LotOf(tender, lot), bids, reviews, AssessmentCurrent(context, designId));
            if (blockers.Count > 0 || result?.Winner is null)
            {
                return Result<string>.Failure(Refused($"the award cannot be decided yet: {string.Join("; ", blockers)}"));
            }

            context.LotAwards.Add(new LotAwardRow
            {
                Id = _newId().ToString("N"),
                BoxId = designId,
                Lot = lot,
                WinnerBidId = result.Winner,
                Result = LotResultJson.Write([result]),
                DecidedAt = Now.UtcDateTime,
            });
            context.SaveChanges();
            return Result<string>.Success(result.Winner);
        });
    }

    /// <summary>
    /// Issues the assessment summaries of an awarded lot, one to every assessed tender (reg 31), before the contract
    /// award notice may be published (s.50(3)); issued once, kept as given.
    /// </summary>
    public Result<IReadOnlyList<AssessmentSummary>> IssueSummaries(string designId, string organisationId, string lot, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return StoreWork.Write(target, by.Actor, time, context =>
        {
            var award = context.LotAwards.FirstOrDefault(a => a.BoxId == designId && a.Lot == lot);
            if (OwnTender(context, designId, organisationId) is not { } tender || award is null)
            {
                return Result<IReadOnlyList<AssessmentSummary>>.Failure(Refused($"decide the award of lot {lot} first"));
            }

            if (award.SummariesIssuedAt is not null)
            {
                return Result<IReadOnlyList<AssessmentSummary>>.Failure(Refused($"the summaries of lot {lot} were issued on {TenderBoxes.Utc(award.SummariesIssuedAt.Value):yyyy-MM-dd HH:mm} UTC"));
            }

            var (_, bids) = Score(context, tender, lot);
            var identifiers = context.AccountOrganisations.AsNoTracking().Where(o => bids.Select(b => b.Bidder).Contains(o.Id)).AsEnumerable()
                .ToDictionary(o => o.Id, o => o.Scheme is null ? null : $"{o.Scheme}-{o.Identifier}");
            var summaries = AssessmentSummaries.Build((tender.Ocid, tender.Design.Title ?? "Untitled", tender.BuyerName), LotOf(tender, lot), bids, identifiers, Now);
            foreach (var summary in summaries)
            {
                context.AssessmentSummaries.Add(new AssessmentSummaryRow
                {
                    Id = _newId().ToString("N"),
                    BoxId = designId,
                    Lot = lot,
                    BidId = summary.Bid,
                    SupplierId = bids.First(b => b.Id == summary.Bid).Bidder,
                    Json = JsonSerializer.Serialize(summary, SummaryJson),
                    IssuedAt = Now.UtcDateTime,
                });
            }

            award.SummariesIssuedAt = Now.UtcDateTime;
            context.SaveChanges();
            return Result<IReadOnlyList<AssessmentSummary>>.Success(summaries);
        });
    }

    /// <summary>The assessment summaries issued to a supplier, newest first.</summary>
    public IReadOnlyList<AssessmentSummary> SummariesOf(string supplierId) => StoreWork.Read(target, context =>
        (IReadOnlyList<AssessmentSummary>)[.. context.AssessmentSummaries.AsNoTracking().Where(s => s.SupplierId == supplierId).OrderByDescending(s => s.IssuedAt).AsEnumerable()
            .Select(s => JsonSerializer.Deserialize<AssessmentSummary>(s.Json, SummaryJson)!)]);

    /// <summary>The summaries of a lot, for its buyer.</summary>
    public IReadOnlyList<AssessmentSummary> SummariesOfLot(string designId, string organisationId, string lot) => StoreWork.Read(target, context =>
        OwnTender(context, designId, organisationId) is null ? [] : (IReadOnlyList<AssessmentSummary>)[.. context.AssessmentSummaries.AsNoTracking()
            .Where(s => s.BoxId == designId && s.Lot == lot).AsEnumerable().Select(s => JsonSerializer.Deserialize<AssessmentSummary>(s.Json, SummaryJson)!)]);

    /// <summary>The lot's result from the moderated marks and the sealed prices, with the assessed bids; no result while a mark is missing.</summary>
    private (LotResult? Result, List<AssessedBid> Bids) Score(StewardDbContext context, BiddableTender tender, string lot)
    {
        var rows = Assessed(context, tender.DesignId, lot);
        var contents = boxes.Contents(context, tender.DesignId, [.. rows.Select(r => r.Id)]);
        var design = LotOf(tender, lot);
        var criteria = BidRules.Answerable(design);
        var bids = rows.Select(r => new AssessedBid(r.Id, r.SupplierId, SupplierName(context, r.SupplierId), contents[r.Id].Price, TenderBoxes.Utc(r.SubmittedAt), Moderated(context, r.Id))).ToList();
        var complete = bids.Count > 0 && bids.All(b => criteria.All(c => b.Scores.ContainsKey(c.Id)));
        return (complete ? LotAward.Score(design, bids) : null, bids);
    }

    private static DateTimeOffset? Stamp(DateTime? value) => value is { } v ? TenderBoxes.Utc(v) : null;
}
