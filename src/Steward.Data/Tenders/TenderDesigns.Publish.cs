using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Core.Evaluation.Scoring;
using Steward.Core.Tenders;
using Steward.Data.Accounts;
using Steward.Data.Ingest;

namespace Steward.Data.Tenders;

/// <summary>Publication as OCDS through the import path, amendments, export to share, and the public library.</summary>
public sealed partial class TenderDesigns
{
    /// <summary>
    /// Publishes the design as an OCDS tender release (or, once published, a <c>tenderAmendment</c>), imported
    /// through the same path as any publisher's data, so it appears at once in search, the buyer's figures and the
    /// red flags. Refused while the checker finds an error, or while a warning has no recorded reason. The release is
    /// imported first, atomically, then the design is marked; should marking fail, publishing again re-imports the
    /// same release, which changes nothing, and marks it.
    /// </summary>
    /// <param name="id">The design.</param>
    /// <param name="organisationId">The buyer publishing it: only its own buyer may.</param>
    /// <param name="today">The day of publication, for the checker.</param>
    /// <param name="reasons">A reason for each warning, matched by code and path.</param>
    /// <param name="amendment">Why the tender changed: required once the design is published.</param>
    /// <param name="by">Who publishes, for the audit trail.</param>
    /// <remarks>The conflicts assessment must have been prepared first (PA 2023 s.83(1); Evaluations.RecordAssessment).</remarks>
    public Result<StoredDesign> Publish(string id, string organisationId, DateOnly today, IReadOnlyList<WarningReason> reasons, string? amendment, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        ArgumentNullException.ThrowIfNull(by);
        var prepared = StoreWork.Read(target, context =>
        {
            var row = context.TenderDesigns.AsNoTracking().FirstOrDefault(d => d.Id == id && d.OrganisationId == organisationId);
            if (row is null)
            {
                return (Review: (DesignReview?)null, Scheme: (string?)null, Identifier: (string?)null, Assessed: false);
            }

            var organisation = context.AccountOrganisations.AsNoTracking().First(o => o.Id == organisationId);
            return (Review: (DesignReview?)Review(context, row, today), organisation.Scheme, organisation.Identifier, Assessed: context.ConflictsAssessments.Any(a => a.DesignId == id));
        });
        if (prepared.Review is not { } review)
        {
            return new Error(Code, $"design \"{id}\" is not one of this buyer's");
        }

        if (!prepared.Assessed)
        {
            return new Error(Code, "conflicts: prepare the conflicts assessment before publishing the tender notice (PA 2023 s.83(1)): the conflicts and potential conflicts identified and the steps taken, or that none was found");
        }

        if (!review.Publishable)
        {
            var errors = review.Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
            return new Error(Code, $"{errors.Count} error(s) block publication: {string.Join("; ", errors.Select(f => $"{f.Path}: {f.Message}"))}");
        }

        // Two warnings may share a code and path (a criterion serving two retired goals): one reason answers both.
        var given = reasons.Where(r => !string.IsNullOrWhiteSpace(r.Reason)).GroupBy(r => WarningReason.Key(r.Code, r.Path))
            .ToDictionary(g => g.Key, g => string.Join(" / ", g.Select(r => r.Reason.Trim()).Distinct()));
        var unexplained = review.Warnings.Where(w => !given.ContainsKey(WarningReason.Key(w.Code, w.Path))).ToList();
        if (unexplained.Count > 0)
        {
            return new Error(Code, $"record a reason to proceed past each warning: {string.Join("; ", unexplained.Select(w => $"{w.Code} at {w.Path}"))}");
        }

        if (review.Stored.Published && string.IsNullOrWhiteSpace(amendment))
        {
            return new Error(Code, "the design is already published: say why the tender is changing, for the tenderAmendment release");
        }

        var ocid = review.Stored.Ocid ?? $"{_options.OcidPrefix}-{id}";
        var number = review.Stored.Releases + 1;
        var package = TenderReleaseWriter.Write(review.Design, (ocid, number, time.GetUtcNow(), _options.Publisher), (prepared.Scheme, prepared.Identifier),
            review.Stored.Published ? amendment!.Trim() : null, _options.Models);
        using (var importer = StewardImporter.Open(target, time))
        {
            var imported = importer.Import(new MemoryStream(Encoding.UTF8.GetBytes(package)), $"steward design {id}");
            if (imported.Problems.Count > 0 && imported.New + imported.Changed == 0)
            {
                return new Error(Code, $"the release was not imported: {string.Join("; ", imported.Problems.Select(p => p.Message))}");
            }
        }

        var shared = Export(id, today);
        var accepted = review.Warnings.Select(w => new WarningReason(w.Code, w.Path, given[WarningReason.Key(w.Code, w.Path)])).ToList();
        return StoreWork.Write(target, by.Actor, time, context =>
        {
            var row = context.TenderDesigns.First(d => d.Id == id);
            var now = time.GetUtcNow().UtcDateTime;
            row.Status = "published";
            row.PublishedDesign = shared;
            row.Ocid = ocid;
            row.Releases = number;
            row.PublishedAt ??= now;
            row.UpdatedAt = now;
            row.Overrides = new JsonArray([.. accepted.Select(a => (JsonNode)new JsonObject { ["code"] = a.Code, ["path"] = a.Path, ["reason"] = a.Reason })]).ToJsonString();
            context.SaveChanges();
            return Result<StoredDesign>.Success(Stored(row));
        });
    }

    /// <summary>The design as last published (with its goals), for the public library; null while unpublished.</summary>
    public string? PublishedJson(string id) => StoreWork.Read(target, context => context.TenderDesigns.AsNoTracking().Where(d => d.Id == id && d.Status == "published").Select(d => d.PublishedDesign).FirstOrDefault());

    /// <summary>The reasons recorded for the warnings the design was last published with.</summary>
    public IReadOnlyList<WarningReason> Reasons(string id) => StoreWork.Read(target, context =>
        context.TenderDesigns.AsNoTracking().FirstOrDefault(d => d.Id == id) is { } row
            ? (IReadOnlyList<WarningReason>)[.. (JsonNode.Parse(row.Overrides)?.AsArray() ?? []).OfType<JsonObject>()
                .Select(o => new WarningReason((string?)o["code"] ?? string.Empty, (string?)o["path"] ?? string.Empty, (string?)o["reason"] ?? string.Empty))]
            : []);

    /// <summary>
    /// The design as DESIGN.json to share: the goals its criteria name travel with it, owned by this buyer, so a buyer
    /// who imports it sees them as another buyer's (GOAL_OF_ANOTHER_BUYER) until it ties the criteria to its own.
    /// </summary>
    public string? Export(string id, DateOnly today)
    {
        if (Review(id, today) is not { } review)
        {
            return null;
        }

        var node = JsonNode.Parse(review.Stored.Json)!.AsObject();
        var named = review.Design.Lots.SelectMany(l => l.Criteria).SelectMany(c => c.Leaves().SelectMany(x => x.Goals).Concat(c.Goals)).ToHashSet(StringComparer.Ordinal);
        node["buyer"] = new JsonObject
        {
            ["id"] = review.Design.Buyer.Id,
            ["name"] = review.Design.Buyer.Name,
            ["socialValueModel"] = review.Design.Buyer.SocialValueModel ?? "none",
            ["kind"] = review.Design.Buyer.Kind == AuthorityKind.Central ? "central" : "subCentral",
        };
        node["goals"] = new JsonArray([.. review.Design.Goals.Where(g => named.Contains(g.Id)).Select(g => (JsonNode)GoalJson(g))]);
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>
    /// Published designs for the public library, newest first, with the model outcomes and local goals their social
    /// value serves. Read from each design as last published (never a commissioner's unpublished edits), without
    /// re-running the checker: the library is a public page.
    /// </summary>
    public IReadOnlyList<LibraryEntry> Library()
    {
        var published = StoreWork.Read(target, context => context.TenderDesigns.AsNoTracking()
            .Where(d => d.Status == "published" && d.PublishedDesign != null)
            .Select(d => new { d.Id, d.Ocid, d.PublishedAt, d.PublishedDesign })
            .ToList());
        var entries = new List<LibraryEntry>();
        foreach (var row in published)
        {
            using var document = System.Text.Json.JsonDocument.Parse(row.PublishedDesign!);
            var (design, _) = TenderDesignJson.Read(document.RootElement);
            var outcomes = design.Lots.SelectMany(l => l.Criteria).Where(c => c.Kind == CriterionKind.SocialValue)
                .SelectMany(c => c.Leaves().SelectMany(x => x.Goals))
                .Select(g => design.Goals.FirstOrDefault(goal => goal.Id == g) is { } goal ? Outcome(goal.Outcome) ?? goal.Title : Outcome(g) ?? g)
                .Distinct(StringComparer.Ordinal).ToList();
            var formulas = design.Lots.Select(l => l.PriceMethod?.Formula.ToString()).OfType<string>().Distinct().ToList();
            entries.Add(new LibraryEntry(row.Id, row.Ocid!, design.Title ?? "Untitled design", design.Buyer.Name ?? string.Empty, Utc(row.PublishedAt!.Value), outcomes, formulas));
        }

        return [.. entries.OrderByDescending(e => e.PublishedAt)];
    }

    private string? Outcome(string? reference) => _options.Models.Resolve(reference) is { } found ? $"{found.Model.Id.ToUpperInvariant()}: {found.Outcome.Name}" : null;

    private static JsonObject GoalJson(Goal goal)
    {
        var node = new JsonObject
        {
            ["id"] = goal.Id,
            ["title"] = goal.Title,
            ["description"] = goal.Description,
            ["outcome"] = goal.Outcome,
            ["owner"] = goal.Owner,
            ["status"] = goal.Status.ToString().ToLowerInvariant(),
            ["measures"] = new JsonArray([.. goal.Measures.Select(m => (JsonNode)new JsonObject
            {
                ["id"] = m.Id, ["name"] = m.Name, ["unit"] = m.Unit, ["direction"] = m.Direction.ToString().ToLowerInvariant(),
            })]),
        };
        if (goal.PeriodStart is not null || goal.PeriodEnd is not null)
        {
            node["period"] = new JsonObject { ["startDate"] = goal.PeriodStart?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["endDate"] = goal.PeriodEnd?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        }

        return node;
    }
}
