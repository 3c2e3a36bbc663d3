using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Accounts;
using Steward.Core.Common;
using Steward.Core.Evaluation.Bids;
using Steward.Core.Tenders;
using Steward.Data.Entities;

namespace Steward.Data.Bids;

/// <summary>
/// The sealed tender box (docs/evaluation.md): suppliers submit, withdraw and resubmit bids before the deadline and
/// keep a receipt; each bid is encrypted with a key of its own, wrapped by the procurement's key, itself wrapped by
/// the key ring kept outside the database; nobody reads a bid before the deadline, and after it only once the box is
/// opened by an audited act (TenderBoxes.Opening.cs). Submission is in TenderBoxes.Submit.cs.
/// </summary>
public sealed partial class TenderBoxes(DatabaseTarget target, TimeProvider time, BidOptions options, Func<Guid>? newId = null)
{
    public const string Code = "BID_REFUSED";

    private readonly Func<Guid> _newId = newId ?? (() => Guid.CreateVersion7(time.GetUtcNow()));

    private DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Published Steward tenders still receiving bids, deadline soonest first.</summary>
    public IReadOnlyList<BiddableTender> Receiving() => StoreWork.Read(target, context =>
        (IReadOnlyList<BiddableTender>)[.. Published(context).Where(t => t.StateAt(Now) == BoxState.Receiving).OrderBy(t => t.Deadline)]);

    /// <summary>A buyer's published tenders, deadline latest first.</summary>
    public IReadOnlyList<BiddableTender> OfBuyer(string organisationId) => StoreWork.Read(target, context =>
        (IReadOnlyList<BiddableTender>)[.. Published(context).Where(t => t.OrganisationId == organisationId).OrderByDescending(t => t.Deadline)]);

    /// <summary>A published tender by its design id, or null.</summary>
    public BiddableTender? Tender(string designId) => StoreWork.Read(target, context => Published(context, designId).FirstOrDefault());

    internal static IEnumerable<BiddableTender> Published(StewardDbContext context, string? designId = null)
    {
        var rows = context.TenderDesigns.AsNoTracking().Where(d => d.Status == "published" && d.PublishedDesign != null && (designId == null || d.Id == designId))
            .Select(d => new { d.Id, d.Ocid, d.OrganisationId, d.PublishedDesign })
            .ToList();
        var buyers = context.AccountOrganisations.AsNoTracking().Where(o => rows.Select(r => r.OrganisationId).Contains(o.Id)).ToDictionary(o => o.Id, o => o.Name);
        foreach (var row in rows)
        {
            using var document = JsonDocument.Parse(row.PublishedDesign!);
            var (design, _) = TenderDesignJson.Read(document.RootElement);
            if (design.TenderEnd is { } end)
            {
                yield return new BiddableTender(row.Id, row.Ocid!, row.OrganisationId, buyers.GetValueOrDefault(row.OrganisationId, string.Empty), design, TenderBox.Deadline(end));
            }
        }
    }

    /// <summary>The box's state as its buyer sees it: counts only after the deadline.</summary>
    public BoxStatus? Status(string designId, string organisationId) => StoreWork.Read(target, context =>
    {
        if (Published(context, designId).FirstOrDefault() is not { } tender || tender.OrganisationId != organisationId)
        {
            return null;
        }

        var box = context.TenderBoxes.AsNoTracking().FirstOrDefault(b => b.Id == designId);
        var opened = box?.OpenedAt is { } at ? Utc(at) : (DateTimeOffset?)null;
        var state = tender.StateAt(Now, opened);
        var rule = box?.OpenedAt is not null ? Enum.Parse<OpeningRule>(box.OpeningRule) : RuleOf(context, organisationId);
        var bids = state == BoxState.Receiving ? null : context.SealedBids.AsNoTracking().Where(b => b.BoxId == designId && b.Status == "submitted").Select(b => b.Late).ToList();
        return new BoxStatus(designId, tender.Ocid, state, tender.Deadline, rule, bids?.Count, bids?.Count(l => l), box?.OpeningRequestedBy, opened, box?.OpenedBy);
    });

    internal static OpeningRule RuleOf(StewardDbContext context, string organisationId) =>
        context.AccountOrganisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.TwoPersonOpening).FirstOrDefault() ? OpeningRule.TwoPeople : OpeningRule.OnePerson;

    /// <summary>The buyer's setting: open its tender boxes with two people (one asks, another confirms), or one.</summary>
    public Result<OpeningRule> SetOpeningRule(string organisationId, OpeningRule rule, Accounts.ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return StoreWork.Write(target, by.Actor, time, context =>
        {
            var organisation = context.AccountOrganisations.FirstOrDefault(o => o.Id == organisationId && o.Side == RoleNames.Of(OrganisationSide.Buyer));
            if (organisation is null)
            {
                return Result<OpeningRule>.Failure(new Error(Code, $"organisation \"{organisationId}\" is not a buyer"));
            }

            organisation.TwoPersonOpening = rule == OpeningRule.TwoPeople;
            context.SaveChanges();
            return Result<OpeningRule>.Success(rule);
        });
    }

    /// <summary>The procurement's key, unwrapped with the ring; the box is made (and its key wrapped) on first use.</summary>
    internal byte[] ProcurementKey(StewardDbContext context, BiddableTender tender)
    {
        var ring = Ring();
        var box = context.TenderBoxes.FirstOrDefault(b => b.Id == tender.DesignId);
        if (box is null)
        {
            var key = Envelope.NewKey();
            var (keyId, wrapped) = ring.Wrap(key, BoxBinding(tender.DesignId));
            context.TenderBoxes.Add(new TenderBoxRow
            {
                Id = tender.DesignId,
                OrganisationId = tender.OrganisationId,
                Ocid = tender.Ocid,
                KeyId = keyId,
                WrappedKey = wrapped,
                OpeningRule = RuleOf(context, tender.OrganisationId).ToString(),
                CreatedAt = Now.UtcDateTime,
            });
            context.SaveChanges();
            return key;
        }

        return ring.Unwrap(box.KeyId, box.WrappedKey, BoxBinding(box.Id));
    }

    internal KeyRing Ring() => options.KeyRing
        ?? throw new KeyRingException("the tender box has no key ring, so no bid can be sealed or opened: set Steward:Bids:KeyRing to a folder outside the database (docs/evaluation.md)");

    internal static string BoxBinding(string boxId) => $"box:{boxId}";

    internal static string BidBinding(string boxId, string bidId) => $"box:{boxId}/bid:{bidId}";

    internal static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
