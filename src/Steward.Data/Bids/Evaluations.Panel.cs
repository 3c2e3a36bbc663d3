using Microsoft.EntityFrameworkCore;
using Steward.Core.Accounts;
using Steward.Core.Common;
using Steward.Core.Evaluation.Bids;
using Steward.Core.Evaluation.Conflicts;
using Steward.Data.Accounts;
using Steward.Data.Entities;

namespace Steward.Data.Bids;

/// <summary>The panel, declarations of interest (PA 2023 ss.81–82) and the conflicts assessment (s.83).</summary>
public sealed partial class Evaluations
{
    /// <summary>The panel with each member's declarations so far.</summary>
    public IReadOnlyList<PanelMember> Panel(string designId) => StoreWork.Read(target, context =>
    {
        var bidders = BidderIds(context, designId).Count;
        var declared = context.ConflictDeclarations.AsNoTracking().Where(d => d.BoxId == designId).GroupBy(d => d.AccountId).Select(g => new { g.Key, Count = g.Count() }).ToDictionary(g => g.Key, g => g.Count);
        return (IReadOnlyList<PanelMember>)[.. context.PanelMembers.AsNoTracking().Where(p => p.BoxId == designId).OrderBy(p => p.AddedAt).AsEnumerable()
            .Select(p => new PanelMember(p.AccountId, TenderBoxes.Utc(p.AddedAt), declared.GetValueOrDefault(p.AccountId), bidders))];
    });

    /// <summary>The buyer's evaluators (account ids) who could join a panel.</summary>
    public IReadOnlyList<string> Evaluators(string organisationId) => StoreWork.Read(target, context =>
        (IReadOnlyList<string>)[.. context.Memberships.AsNoTracking().Where(m => m.OrganisationId == organisationId && m.Role == RoleNames.Of(Role.Evaluator)).Select(m => m.AccountId).Distinct().Order()]);

    /// <summary>Adds one of the buyer's evaluators to the panel (made with the box, which needs at least one bid).</summary>
    public Result<PanelMember> AddToPanel(string designId, string organisationId, string accountId, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return StoreWork.Write(target, by.Actor, time, context =>
        {
            if (OwnTender(context, designId, organisationId) is null)
            {
                return Result<PanelMember>.Failure(Refused($"\"{designId}\" is not one of this buyer's tenders"));
            }

            if (!context.TenderBoxes.Any(b => b.Id == designId))
            {
                return Result<PanelMember>.Failure(Refused("no bid has been received yet, so there is no box to evaluate"));
            }

            if (!IsEvaluatorOf(context, accountId, organisationId))
            {
                return Result<PanelMember>.Failure(Refused($"account \"{accountId}\" is not one of this buyer's evaluators; invite them as an evaluator first"));
            }

            if (context.PanelMembers.Any(p => p.BoxId == designId && p.AccountId == accountId))
            {
                return Result<PanelMember>.Failure(Refused("that evaluator is on the panel already"));
            }

            var row = new PanelMemberRow { Id = _newId().ToString("N"), BoxId = designId, AccountId = accountId, AddedAt = Now.UtcDateTime };
            context.PanelMembers.Add(row);
            context.SaveChanges();
            return Result<PanelMember>.Success(new PanelMember(accountId, Now, 0, BidderIds(context, designId).Count));
        });
    }

    /// <summary>The boxes an evaluator is on the panel of, with the tender's design id and title.</summary>
    public IReadOnlyList<(string DesignId, string Title, string Ocid)> PanelsOf(string accountId) => StoreWork.Read(target, context =>
    {
        var boxes = context.PanelMembers.AsNoTracking().Where(p => p.AccountId == accountId).Select(p => p.BoxId).ToHashSet();
        return (IReadOnlyList<(string, string, string)>)[.. TenderBoxes.Published(context).Where(t => boxes.Contains(t.DesignId)).Select(t => (t.DesignId, t.Design.Title ?? "Untitled", t.Ocid))];
    });

    /// <summary>What an evaluator on the panel has declared about each bidder (null where nothing yet); empty before the deadline.</summary>
    public IReadOnlyList<(Bidder Bidder, ConflictDeclaration? Declaration)> DeclarationsOf(string designId, string accountId)
    {
        var bidders = boxes.Bidders(designId);
        var own = StoreWork.Read(target, context => Declarations(context, designId).Where(d => d.Evaluator == accountId).ToList());
        return [.. bidders.Select(b => (b, own.FirstOrDefault(d => d.Bidder == b.SupplierId)))];
    }

    /// <summary>
    /// An evaluator's declaration about one bidder, made from the bidders' names after the deadline: none, or an
    /// interest with what it is and its mitigation (ConflictRules.Check). A later one replaces it; the trail keeps both.
    /// </summary>
    public Result<ConflictDeclaration> Declare(string designId, string accountId, string supplierId, InterestKind interest, string? description, string? mitigation, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        var declaration = new ConflictDeclaration(accountId, supplierId, interest, description?.Trim(), mitigation?.Trim(), Now);
        if (ConflictRules.Check(declaration) is { } problem)
        {
            return problem;
        }

        return StoreWork.Write(target, by.Actor, time, context =>
        {
            if (!context.PanelMembers.Any(p => p.BoxId == designId && p.AccountId == accountId))
            {
                return Result<ConflictDeclaration>.Failure(Refused("only the panel's evaluators declare their interests in its bidders"));
            }

            if (TenderBoxes.Published(context, designId).First().StateAt(Now) == BoxState.Receiving)
            {
                return Result<ConflictDeclaration>.Failure(Refused("declarations are made after the deadline, when the bidders are known"));
            }

            if (!BidderIds(context, designId).Contains(supplierId))
            {
                return Result<ConflictDeclaration>.Failure(Refused($"\"{supplierId}\" did not bid"));
            }

            var row = context.ConflictDeclarations.FirstOrDefault(d => d.BoxId == designId && d.AccountId == accountId && d.SupplierId == supplierId);
            if (row is null)
            {
                row = new ConflictDeclarationRow { Id = _newId().ToString("N"), BoxId = designId, AccountId = accountId, SupplierId = supplierId };
                context.ConflictDeclarations.Add(row);
            }

            row.Interest = interest.ToString();
            row.Description = declaration.Description;
            row.Mitigation = declaration.Mitigation;
            row.DeclaredAt = Now.UtcDateTime;
            context.SaveChanges();
            return Result<ConflictDeclaration>.Success(declaration);
        });
    }

    /// <summary>Every declared interest in a procurement, for its commissioners' conflicts assessment.</summary>
    public IReadOnlyList<ConflictDeclaration> Interests(string designId, string organisationId) => StoreWork.Read(target, context =>
        OwnTender(context, designId, organisationId) is null ? [] : (IReadOnlyList<ConflictDeclaration>)[.. Declarations(context, designId).Where(d => d.Interest != InterestKind.None)]);

    /// <summary>Records the conflicts assessment: prepared the first time, revised after (PA 2023 s.83(1), (2)).</summary>
    public Result<ConflictsAssessment> RecordAssessment(string designId, string organisationId, string? statement, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (string.IsNullOrWhiteSpace(statement))
        {
            return Refused("statement: set out the conflicts and potential conflicts identified and the steps taken about each, or say that none was identified (PA 2023 s.83)");
        }

        return StoreWork.Write(target, by.Actor, time, context =>
        {
            if (!context.TenderDesigns.Any(d => d.Id == designId && d.OrganisationId == organisationId))
            {
                return Result<ConflictsAssessment>.Failure(Refused($"\"{designId}\" is not one of this buyer's designs"));
            }

            var versions = context.ConflictsAssessments.Count(a => a.DesignId == designId);
            context.ConflictsAssessments.Add(new ConflictsAssessmentRow
            {
                Id = _newId().ToString("N"),
                DesignId = designId,
                Kind = versions == 0 ? "prepared" : "revised",
                Statement = statement.Trim(),
                RecordedAt = Now.UtcDateTime,
            });
            context.SaveChanges();
            return Result<ConflictsAssessment>.Success(new ConflictsAssessment(versions == 0 ? "prepared" : "revised", statement.Trim(), Now, versions + 1));
        });
    }

    /// <summary>The latest conflicts assessment, or null when none was prepared.</summary>
    public ConflictsAssessment? Assessment(string designId) => StoreWork.Read(target, context => LatestAssessment(context, designId));

    private static ConflictsAssessment? LatestAssessment(StewardDbContext context, string designId)
    {
        var rows = context.ConflictsAssessments.AsNoTracking().Where(a => a.DesignId == designId).OrderBy(a => a.RecordedAt).ToList();
        return rows.Count == 0 ? null : new ConflictsAssessment(rows[^1].Kind, rows[^1].Statement, TenderBoxes.Utc(rows[^1].RecordedAt), rows.Count);
    }

    /// <summary>
    /// Whether the conflicts assessment is up to date for the award: every panel member has declared about every bidder,
    /// and the assessment was revised after the last declaration (s.83(2): kept under review).
    /// </summary>
    private static bool AssessmentCurrent(StewardDbContext context, string designId)
    {
        var bidders = BidderIds(context, designId);
        var declarations = context.ConflictDeclarations.AsNoTracking().Where(d => d.BoxId == designId).ToList();
        var panel = PanelOf(context, designId);
        var complete = panel.Count > 0 && panel.All(e => bidders.All(b => declarations.Any(d => d.AccountId == e && d.SupplierId == b)));
        var latest = context.ConflictsAssessments.AsNoTracking().Where(a => a.DesignId == designId).OrderByDescending(a => a.RecordedAt).Select(a => (DateTime?)a.RecordedAt).FirstOrDefault();
        var lastDeclared = declarations.Count == 0 ? (DateTime?)null : declarations.Max(d => d.DeclaredAt);
        return complete && latest is { } at && (lastDeclared is null || at >= lastDeclared);
    }
}
