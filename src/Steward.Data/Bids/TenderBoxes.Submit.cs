using System.Text;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Accounts;
using Steward.Core.Common;
using Steward.Core.Evaluation.Bids;
using Steward.Core.Suppliers;
using Steward.Core.Tenders;
using Steward.Data.Accounts;
using Steward.Data.Entities;
using Steward.Data.Suppliers;

namespace Steward.Data.Bids;

/// <summary>Submitting, withdrawing and resubmitting bids, and the receipts.</summary>
public sealed partial class TenderBoxes
{
    /// <summary>
    /// Seals a bid. It is refused whole, each problem named, when it does not answer the tender (BidRules), when a file
    /// is too large, unnamed or not named by an answer, or when the supplier is not eligible for a reserved lot. Before
    /// the deadline a new submission replaces the supplier's earlier one for the lot; after it the bid is kept, marked
    /// late and not assessed unless admitted (PA 2023 s.19(3)(d)), and an on-time bid already in stands.
    /// </summary>
    public Result<BidReceipt> Submit(string designId, string supplierId, string bidJson, IReadOnlyList<BidFile> files, ActingParty by, ClassificationRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(by);
        if (Tender(designId) is not { } tender)
        {
            return new Error(Code, $"\"{designId}\" is not a published tender in Steward");
        }

        var (bid, errors) = BidContentJson.Read(bidJson);
        if (bid is null)
        {
            return new Error(Code, string.Join("; ", errors.Select(e => e.Message)));
        }

        var problems = BidRules.Check(tender.Design, bid).Select(e => e.Message).Concat(FileProblems(bid, files)).ToList();
        if (problems.Count > 0)
        {
            return new Error(Code, string.Join("; ", problems));
        }

        var supplier = StoreWork.Read(target, context => context.AccountOrganisations.AsNoTracking().FirstOrDefault(o => o.Id == supplierId && o.Side == RoleNames.Of(OrganisationSide.Supplier)));
        if (supplier is null)
        {
            return new Error(Code, $"organisation \"{supplierId}\" is not a supplier in Steward; only suppliers bid");
        }

        if (Ineligible(tender, bid.Lot, supplier, rules ?? ClassificationRules.Default) is { } ineligible)
        {
            return ineligible;
        }

        var received = Now;
        var late = TenderBox.IsLate(received, tender.Deadline);
        return StoreWork.Write(target, by.Actor, time, context =>
        {
            var earlier = context.SealedBids.Where(b => b.BoxId == designId && b.Lot == bid.Lot && b.SupplierId == supplierId && b.Status == "submitted").ToList();
            if (late && earlier.Any(b => !b.Late))
            {
                return Result<BidReceipt>.Failure(new Error(Code, $"the deadline ({tender.Deadline:yyyy-MM-dd HH:mm:ss} UTC) has passed; your bid received {Utc(earlier.First(b => !b.Late).SubmittedAt):yyyy-MM-dd HH:mm:ss} UTC stands"));
            }

            var key = ProcurementKey(context, tender);
            foreach (var previous in earlier)
            {
                previous.Status = "superseded";
            }

            var bidId = _newId().ToString("N");
            var bidKey = Envelope.NewKey();
            var row = new SealedBidRow
            {
                Id = bidId,
                BoxId = designId,
                Lot = bid.Lot,
                SupplierId = supplierId,
                SubmittedAt = received.UtcDateTime,
                Late = late,
                ContentHash = BidFingerprint.Of(bid, files.Select(f => (f.Name, f.Content))),
                WrappedKey = Envelope.Seal(key, bidKey, BidBinding(designId, bidId)),
                Content = Envelope.Seal(bidKey, Encoding.UTF8.GetBytes(BidContentJson.Write(bid)), BidBinding(designId, bidId)),
            };
            context.SealedBids.Add(row);
            foreach (var file in files)
            {
                var fileId = _newId().ToString("N");
                context.SealedBidFiles.Add(new SealedBidFileRow
                {
                    Id = fileId,
                    BidId = bidId,
                    Size = file.Content.Length,
                    Name = Envelope.Seal(bidKey, Encoding.UTF8.GetBytes(file.Name), $"{BidBinding(designId, bidId)}/file:{fileId}/name"),
                    Content = Envelope.Seal(bidKey, file.Content, $"{BidBinding(designId, bidId)}/file:{fileId}"),
                });
            }

            context.SaveChanges();
            return Result<BidReceipt>.Success(Receipt(row, tender));
        });
    }

    /// <summary>Withdraws the supplier's bid; only before the deadline, and only its own.</summary>
    public Result<BidReceipt> Withdraw(string bidId, string supplierId, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return StoreWork.Write(target, by.Actor, time, context =>
        {
            var row = context.SealedBids.FirstOrDefault(b => b.Id == bidId && b.SupplierId == supplierId);
            if (row is null || Published(context, row.BoxId).FirstOrDefault() is not { } tender)
            {
                return Result<BidReceipt>.Failure(new Error(Code, $"bid \"{bidId}\" is not one of this supplier's"));
            }

            if (row.Status != "submitted")
            {
                return Result<BidReceipt>.Failure(new Error(Code, $"bid \"{bidId}\" is {row.Status}, not in the box"));
            }

            if (tender.StateAt(Now) != BoxState.Receiving)
            {
                return Result<BidReceipt>.Failure(new Error(Code, $"the deadline ({tender.Deadline:yyyy-MM-dd HH:mm:ss} UTC) has passed: a bid can be withdrawn only before it"));
            }

            row.Status = "withdrawn";
            row.WithdrawnAt = Now.UtcDateTime;
            context.SaveChanges();
            return Result<BidReceipt>.Success(Receipt(row, tender));
        });
    }

    /// <summary>The supplier's receipts, newest first: every submission, withdrawn and replaced ones included.</summary>
    public IReadOnlyList<BidReceipt> ReceiptsOf(string supplierId) => StoreWork.Read(target, context =>
    {
        var rows = context.SealedBids.AsNoTracking().Where(b => b.SupplierId == supplierId).OrderByDescending(b => b.SubmittedAt).ToList();
        var tenders = Published(context).ToDictionary(t => t.DesignId);
        return (IReadOnlyList<BidReceipt>)[.. rows.Where(r => tenders.ContainsKey(r.BoxId)).Select(r => Receipt(r, tenders[r.BoxId]))];
    });

    private IEnumerable<string> FileProblems(BidContent bid, IReadOnlyList<BidFile> files)
    {
        var named = bid.Responses.SelectMany(r => r.Value.Files.Select(f => (Criterion: r.Key, File: f))).ToList();
        if (files.Count > options.MaxFiles)
        {
            yield return $"files: attach at most {options.MaxFiles} files";
        }

        foreach (var file in files)
        {
            if (string.IsNullOrWhiteSpace(file.Name) || file.Name.Length > 200 || file.Name.IndexOfAny(['/', '\\', '\0']) >= 0)
            {
                yield return $"files: \"{file.Name}\" is not a usable file name (at most 200 characters, no slashes)";
            }
            else if (file.Content.Length > options.MaxFileBytes)
            {
                yield return $"files.{file.Name}: {file.Content.Length:N0} bytes is over the {options.MaxFileBytes:N0}-byte limit";
            }
            else if (named.All(n => n.File != file.Name))
            {
                yield return $"files.{file.Name}: no answer names this file; name it in the answer it supports";
            }
        }

        foreach (var (criterion, file) in named.Where(n => files.All(f => f.Name != n.File)))
        {
            yield return $"responses.{criterion}.files: \"{file}\" is named but not attached";
        }

        foreach (var duplicate in files.GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"files: \"{duplicate.Key}\" is attached twice";
        }
    }

    /// <summary>For a reserved lot: the register's eligibility test (PA 2023 s.32, s.33; smeVcse), refusing unless it is met.</summary>
    private Error? Ineligible(BiddableTender tender, string lotId, AccountOrganisationRow supplier, ClassificationRules rules)
    {
        var lot = tender.Design.Lots.First(l => l.Id == lotId);
        var reserved = DesignChecker.ReservedLotOf(tender.Design, lot, new DesignCheckSettings(DateOnly.FromDateTime(Now.UtcDateTime)) { Rules = rules });
        if (reserved is null)
        {
            return null;
        }

        var profile = supplier.SupplierProfileId is { } id ? new SupplierRegister(target, time).Find(id) : null;
        if (profile is null)
        {
            return new Error(Code, $"lot {lotId} is reserved ({reserved.Reservation.Reference()}): bidders are checked against the supplier register, and {supplier.Name} has no register profile yet; add one under Your account → Register profile");
        }

        var prior = ReservedLots.S33Awards(target, [.. new[] { supplier.OrganisationId }.OfType<string>()]);
        var decision = ReservedLotEligibility.Decide(reserved with { AwardDate = DateOnly.FromDateTime(tender.Deadline.UtcDateTime) }, [profile.Profile], prior, rules);
        if (decision.Result == Verdict.True)
        {
            return null;
        }

        var reasons = decision.Lot.Concat(decision.Bidder).Where(r => r.Outcome != Verdict.True).Select(r => $"{r.Text} ({r.Reference})");
        return new Error(Code, $"lot {lotId} is reserved ({reserved.Reservation.Reference()}) and the register {(decision.Result == Verdict.False ? "shows" : "cannot show")} that {supplier.Name} may bid: {string.Join("; ", reasons)}");
    }

    private static BidReceipt Receipt(SealedBidRow row, BiddableTender tender) =>
        new(row.Id, tender.DesignId, tender.Ocid, tender.Design.Title ?? "Untitled", row.Lot, row.SupplierId, Utc(row.SubmittedAt), row.ContentHash, row.Status, row.Late, tender.Deadline);
}
