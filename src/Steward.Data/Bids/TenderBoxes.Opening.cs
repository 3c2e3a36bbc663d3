using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Core.Evaluation.Bids;
using Steward.Data.Accounts;

namespace Steward.Data.Bids;

/// <summary>Opening the box after the deadline, the bidders' names, late bids, and reading an opened bid.</summary>
public sealed partial class TenderBoxes
{
    /// <summary>
    /// Opens the box: only after the deadline, only by its buyer, and by two different people when the buyer's setting
    /// asks (the first call records the request, a second person's call opens it). Every step is in the audit trail.
    /// </summary>
    public Result<BoxStatus> Open(string designId, string organisationId, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        var refused = StoreWork.Write(target, by.Actor, time, context =>
        {
            if (Published(context, designId).FirstOrDefault() is not { } tender || tender.OrganisationId != organisationId)
            {
                return new Error(Code, $"\"{designId}\" is not one of this buyer's tenders");
            }

            if (tender.StateAt(Now) == BoxState.Receiving)
            {
                return new Error(Code, $"the tender box opens only after the deadline, {tender.Deadline:yyyy-MM-dd HH:mm:ss} UTC ({TenderBox.SealReference})");
            }

            if (!context.SealedBids.Any(b => b.BoxId == designId))
            {
                return new Error(Code, "no bid was received, so there is nothing to open");
            }

            var box = context.TenderBoxes.First(b => b.Id == designId);
            if (box.OpenedAt is not null)
            {
                return new Error(Code, $"the box was opened on {Utc(box.OpenedAt.Value):yyyy-MM-dd HH:mm} UTC");
            }

            var rule = RuleOf(context, organisationId);
            box.OpeningRule = rule.ToString();
            if (rule == OpeningRule.TwoPeople && box.OpeningRequestedBy is null)
            {
                box.OpeningRequestedBy = by.Actor;
                box.OpeningRequestedAt = Now.UtcDateTime;
            }
            else if (rule == OpeningRule.TwoPeople && box.OpeningRequestedBy == by.Actor)
            {
                return new Error(Code, "the buyer's setting asks two people to open its tender boxes: another person must confirm the opening you asked for");
            }
            else
            {
                box.OpenedBy = by.Actor;
                box.OpenedAt = Now.UtcDateTime;
            }

            context.SaveChanges();
            return (Error?)null;
        });
        return refused is null ? Status(designId, organisationId)! : refused;
    }

    /// <summary>
    /// The suppliers that bid (submitted, on time or late), by name only: what evaluators see after the deadline to
    /// declare their interests before any bid is read (PA 2023 s.81). Empty before the deadline.
    /// </summary>
    public IReadOnlyList<Bidder> Bidders(string designId) => StoreWork.Read(target, context =>
    {
        if (Published(context, designId).FirstOrDefault() is not { } tender || tender.StateAt(Now) == BoxState.Receiving)
        {
            return (IReadOnlyList<Bidder>)[];
        }

        var bids = context.SealedBids.AsNoTracking().Where(b => b.BoxId == designId && b.Status == "submitted").Select(b => new { b.SupplierId, b.Lot }).ToList();
        var suppliers = context.AccountOrganisations.AsNoTracking().Where(o => bids.Select(b => b.SupplierId).Contains(o.Id)).ToList();
        return [.. suppliers.OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => new Bidder(s.Id, s.Name, s.Scheme is null ? null : $"{s.Scheme}-{s.Identifier}", [.. bids.Where(b => b.SupplierId == s.Id).Select(b => b.Lot).Distinct().Order(StringComparer.Ordinal)]))];
    });

    /// <summary>Admits a late bid to assessment, or refuses it, with the reason (PA 2023 s.19(3)(d)); once, by the buyer.</summary>
    public Result<string> DecideLate(string bidId, string organisationId, bool admit, string? reason, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new Error(Code, "reason: say why the late bid is admitted or refused (PA 2023 s.19(3)(d)); it is kept with the procurement's records (s.98)");
        }

        return StoreWork.Write(target, by.Actor, time, context =>
        {
            var row = context.SealedBids.FirstOrDefault(b => b.Id == bidId && b.Status == "submitted");
            if (row is null || context.TenderBoxes.AsNoTracking().FirstOrDefault(b => b.Id == row.BoxId)?.OrganisationId != organisationId)
            {
                return Result<string>.Failure(new Error(Code, $"bid \"{bidId}\" is not in one of this buyer's boxes"));
            }

            if (!row.Late || row.LateDecision is not null)
            {
                return Result<string>.Failure(new Error(Code, row.Late ? $"the late bid was already {row.LateDecision}" : "the bid arrived on time; there is nothing to decide"));
            }

            row.LateDecision = admit ? "admitted" : "refused";
            row.LateReason = reason.Trim();
            row.LateDecidedBy = by.Actor;
            context.SaveChanges();
            return Result<string>.Success(row.LateDecision);
        });
    }

    /// <summary>
    /// Reads a bid from an opened box and records the reading in the audit trail. Whether this reader may read it
    /// (their role, panel and conflicts) is decided by the caller before it asks (Evaluations); the box's own rule is
    /// checked here: never before it is opened.
    /// </summary>
    internal Result<OpenedBid> Read(StewardDbContext context, string bidId)
    {
        var row = context.SealedBids.AsNoTracking().FirstOrDefault(b => b.Id == bidId);
        var box = row is null ? null : context.TenderBoxes.AsNoTracking().FirstOrDefault(b => b.Id == row.BoxId);
        if (row is null || box is null)
        {
            return new Error(Code, $"no bid \"{bidId}\"");
        }

        if (box.OpenedAt is null)
        {
            return new Error(Code, $"the tender box is sealed: no bid is read before it is opened after the deadline ({TenderBox.SealReference})");
        }

        var procurementKey = Ring().Unwrap(box.KeyId, box.WrappedKey, BoxBinding(box.Id));
        var bidKey = Envelope.Open(procurementKey, row.WrappedKey, BidBinding(box.Id, row.Id));
        var (content, errors) = BidContentJson.Read(Encoding.UTF8.GetString(Envelope.Open(bidKey, row.Content, BidBinding(box.Id, row.Id))));
        if (content is null)
        {
            throw new CryptographicException($"bid {bidId} opened but does not read: {string.Join("; ", errors.Select(e => e.Message))}");
        }

        var files = context.SealedBidFiles.AsNoTracking().Where(f => f.BidId == bidId).ToList()
            .Select(f => (f.Id, Encoding.UTF8.GetString(Envelope.Open(bidKey, f.Name, $"{BidBinding(box.Id, row.Id)}/file:{f.Id}/name")), f.Size)).ToList();
        var supplier = context.AccountOrganisations.AsNoTracking().First(o => o.Id == row.SupplierId);
        context.AuditNote("bid.read", $"bid:{bidId}", new Dictionary<string, string?> { ["box"] = box.Id, ["lot"] = row.Lot });
        context.SaveChanges();
        return new OpenedBid(row.Id, row.Lot, row.SupplierId, supplier.Name, Utc(row.SubmittedAt), row.Late, row.LateDecision, row.ContentHash, content, files);
    }

    /// <summary>
    /// The contents of several bids of an opened box, for the award's arithmetic; the caller records one audit entry
    /// for the act (the lot assessed) rather than one per bid.
    /// </summary>
    internal Dictionary<string, BidContent> Contents(StewardDbContext context, string boxId, IReadOnlyCollection<string> bidIds)
    {
        var box = context.TenderBoxes.AsNoTracking().First(b => b.Id == boxId);
        if (box.OpenedAt is null)
        {
            throw new InvalidOperationException($"box {boxId} is sealed; callers check that it is opened first");
        }

        var procurementKey = Ring().Unwrap(box.KeyId, box.WrappedKey, BoxBinding(box.Id));
        return context.SealedBids.AsNoTracking().Where(b => b.BoxId == boxId && bidIds.Contains(b.Id)).AsEnumerable().ToDictionary(b => b.Id, b =>
        {
            var bidKey = Envelope.Open(procurementKey, b.WrappedKey, BidBinding(box.Id, b.Id));
            return BidContentJson.Read(Encoding.UTF8.GetString(Envelope.Open(bidKey, b.Content, BidBinding(box.Id, b.Id)))).Bid
                ?? throw new CryptographicException($"bid {b.Id} opened but does not read");
        }, StringComparer.Ordinal);
    }

    /// <summary>One file of an opened bid, recorded in the audit trail as read.</summary>
    internal Result<BidFile> ReadFile(StewardDbContext context, string bidId, string fileId)
    {
        var row = context.SealedBids.AsNoTracking().FirstOrDefault(b => b.Id == bidId);
        var box = row is null ? null : context.TenderBoxes.AsNoTracking().FirstOrDefault(b => b.Id == row.BoxId);
        var file = context.SealedBidFiles.AsNoTracking().FirstOrDefault(f => f.Id == fileId && f.BidId == bidId);
        if (row is null || box is null || file is null)
        {
            return new Error(Code, $"no file \"{fileId}\" in bid \"{bidId}\"");
        }

        if (box.OpenedAt is null)
        {
            return new Error(Code, $"the tender box is sealed ({TenderBox.SealReference})");
        }

        var bidKey = Envelope.Open(Ring().Unwrap(box.KeyId, box.WrappedKey, BoxBinding(box.Id)), row.WrappedKey, BidBinding(box.Id, row.Id));
        var name = Encoding.UTF8.GetString(Envelope.Open(bidKey, file.Name, $"{BidBinding(box.Id, row.Id)}/file:{file.Id}/name"));
        var bytes = Envelope.Open(bidKey, file.Content, $"{BidBinding(box.Id, row.Id)}/file:{file.Id}");
        context.AuditNote("bid-file.read", $"bid:{bidId}", new Dictionary<string, string?> { ["file"] = fileId });
        context.SaveChanges();
        return new BidFile(name, bytes);
    }
}
