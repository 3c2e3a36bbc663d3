using Microsoft.EntityFrameworkCore;
using Steward.Core.Accounts;
using Steward.Core.Common;
using Steward.Core.Evaluation.Award;
using Steward.Core.Evaluation.Conflicts;
using Steward.Core.Evaluation.Moderation;
using Steward.Core.Tenders;
using Steward.Data.Entities;

namespace Steward.Data.Bids;

/// <summary>
/// Evaluation after the deadline (docs/evaluation.md): the panel and their declarations of interest, the conflicts
/// assessment, evaluators' independent marks, moderation, abnormally low prices, the award decision, assessment
/// summaries and the notices. Each concern is a partial file; the rules are Steward.Core.Evaluation's.
/// </summary>
public sealed partial class Evaluations(DatabaseTarget target, TimeProvider time, TenderBoxes boxes, EvaluationOptions? options = null, Func<Guid>? newId = null)
{
    private readonly EvaluationOptions _options = options ?? new EvaluationOptions();

    public const string Code = "EVALUATION_REFUSED";

    private readonly Func<Guid> _newId = newId ?? (() => Guid.CreateVersion7(time.GetUtcNow()));

    private DateTimeOffset Now => time.GetUtcNow();

    private static Error Refused(string message) => new(Code, message);

    /// <summary>The buyer's published tender, or null when it is not this buyer's.</summary>
    private static BiddableTender? OwnTender(StewardDbContext context, string designId, string organisationId) =>
        TenderBoxes.Published(context, designId).FirstOrDefault() is { } tender && tender.OrganisationId == organisationId ? tender : null;

    private static bool Opened(StewardDbContext context, string designId) =>
        context.TenderBoxes.AsNoTracking().Any(b => b.Id == designId && b.OpenedAt != null);

    /// <summary>Bids in the box that count: submitted, and on time or admitted late.</summary>
    private static IQueryable<SealedBidRow> InBox(StewardDbContext context, string designId) =>
        context.SealedBids.AsNoTracking().Where(b => b.BoxId == designId && b.Status == "submitted");

    /// <summary>Bids that are assessed: in the box, not late unless admitted, not disregarded as abnormally low.</summary>
    private static List<SealedBidRow> Assessed(StewardDbContext context, string designId, string? lot = null)
    {
        var disregarded = context.AltReviews.AsNoTracking().Where(r => r.Decision == nameof(AltDecision.Disregarded)).Select(r => r.BidId).ToHashSet();
        return [.. InBox(context, designId).Where(b => (!b.Late || b.LateDecision == "admitted") && (lot == null || b.Lot == lot)).AsEnumerable().Where(b => !disregarded.Contains(b.Id))];
    }

    private static IReadOnlyList<ConflictDeclaration> Declarations(StewardDbContext context, string designId) =>
        [.. context.ConflictDeclarations.AsNoTracking().Where(d => d.BoxId == designId).AsEnumerable()
            .Select(d => new ConflictDeclaration(d.AccountId, d.SupplierId, Enum.Parse<InterestKind>(d.Interest), d.Description, d.Mitigation, TenderBoxes.Utc(d.DeclaredAt)))];

    private static List<string> PanelOf(StewardDbContext context, string designId) =>
        [.. context.PanelMembers.AsNoTracking().Where(p => p.BoxId == designId).OrderBy(p => p.AddedAt).Select(p => p.AccountId)];

    private static List<string> BidderIds(StewardDbContext context, string designId) =>
        [.. InBox(context, designId).Select(b => b.SupplierId).Distinct()];

    /// <summary>The panel members who may mark this bid: declared about every bidder, no interest in this one.</summary>
    private static List<string> OnBid(StewardDbContext context, SealedBidRow bid)
    {
        var bidders = BidderIds(context, bid.BoxId);
        var declarations = Declarations(context, bid.BoxId);
        return [.. PanelOf(context, bid.BoxId).Where(e => ConflictRules.Access(e, bid.SupplierId, bidders, declarations).Allowed)];
    }

    private static IReadOnlyList<IndividualScore> Marks(StewardDbContext context, string bidId) =>
        [.. context.EvaluatorScores.AsNoTracking().Where(s => s.BidId == bidId).AsEnumerable()
            .Select(s => new IndividualScore(s.AccountId, s.BidId, s.Criterion, s.Score, s.Rationale, TenderBoxes.Utc(s.SubmittedAt)))];

    private static Dictionary<string, ModeratedScore> Moderated(StewardDbContext context, string bidId) =>
        context.ModeratedScores.AsNoTracking().Where(s => s.BidId == bidId).AsEnumerable()
            .ToDictionary(s => s.Criterion, s => new ModeratedScore(s.BidId, s.Criterion, s.Score, s.Rationale, s.ModeratedBy, TenderBoxes.Utc(s.ModeratedAt)), StringComparer.Ordinal);

    private static DesignLot LotOf(BiddableTender tender, string lot) => tender.Design.Lots.First(l => l.Id == lot);

    private static string SupplierName(StewardDbContext context, string supplierId) =>
        context.AccountOrganisations.AsNoTracking().Where(o => o.Id == supplierId).Select(o => o.Name).FirstOrDefault() ?? supplierId;

    private static bool IsEvaluatorOf(StewardDbContext context, string accountId, string organisationId) =>
        context.Memberships.AsNoTracking().Any(m => m.AccountId == accountId && m.OrganisationId == organisationId && m.Role == RoleNames.Of(Role.Evaluator));

    private static bool Awarded(StewardDbContext context, string designId, string lot) =>
        context.LotAwards.AsNoTracking().Any(a => a.BoxId == designId && a.Lot == lot);
}
