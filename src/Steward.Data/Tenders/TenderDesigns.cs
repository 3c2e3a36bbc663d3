using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Core.Tenders;
using Steward.Data.Accounts;
using Steward.Data.Entities;

namespace Steward.Data.Tenders;

/// <summary>
/// Commissioners' designs in the store (docs/tenders.md, "Designs in the store"): saved as DESIGN.json, checked
/// with the buyer's own goals and identity, published as OCDS through the import path (TenderDesigns.Publish.cs),
/// exported to share and imported from another buyer. A design that cannot be read is refused whole, each problem
/// named, and nothing is saved.
/// </summary>
public sealed partial class TenderDesigns(DatabaseTarget target, TimeProvider time, TenderDesignOptions? options = null, Func<Guid>? newId = null)
{
    public const string Code = "DESIGN_REFUSED";

    private readonly TenderDesignOptions _options = options ?? new TenderDesignOptions();
    private readonly Func<Guid> _newId = newId ?? (() => Guid.CreateVersion7(time.GetUtcNow()));

    /// <summary>The buyer's designs, newest change first.</summary>
    public IReadOnlyList<StoredDesign> Of(string organisationId) => StoreWork.Read(target, context =>
        (IReadOnlyList<StoredDesign>)[.. context.TenderDesigns.AsNoTracking().Where(d => d.OrganisationId == organisationId).OrderByDescending(d => d.UpdatedAt).AsEnumerable().Select(Stored)]);

    /// <summary>A design by id, or null.</summary>
    public StoredDesign? Find(string id) => StoreWork.Read(target, context => context.TenderDesigns.AsNoTracking().FirstOrDefault(d => d.Id == id) is { } row ? Stored(row) : null);

    /// <summary>Starts a design for the buyer from DESIGN.json (an empty object starts a blank one; an exported design copies another buyer's).</summary>
    public Result<StoredDesign> Create(string organisationId, string json, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Refusal(json) is { } refused)
        {
            return refused;
        }

        return StoreWork.Write(target, by.Actor, time, context =>
        {
            if (Buyer(context, organisationId) is null)
            {
                return Result<StoredDesign>.Failure(new Error(Code, $"organisation \"{organisationId}\" is not a buyer in Steward; only buyers design tenders"));
            }

            var now = time.GetUtcNow().UtcDateTime;
            var row = new TenderDesignRow
            {
                Id = _newId().ToString("N"),
                OrganisationId = organisationId,
                Design = Normalised(json),
                CreatedAt = now,
                UpdatedAt = now,
                Title = TitleOf(json),
            };
            context.TenderDesigns.Add(row);
            context.SaveChanges();
            return Stored(row);
        });
    }

    /// <summary>Replaces the design's JSON; only its own buyer may. A published design's changes wait for an amendment to be published.</summary>
    public Result<StoredDesign> Save(string id, string organisationId, string json, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Refusal(json) is { } refused)
        {
            return refused;
        }

        return StoreWork.Write(target, by.Actor, time, context =>
        {
            var row = context.TenderDesigns.FirstOrDefault(d => d.Id == id && d.OrganisationId == organisationId);
            if (row is null)
            {
                return Result<StoredDesign>.Failure(new Error(Code, $"design \"{id}\" is not one of this buyer's"));
            }

            row.Design = Normalised(json);
            row.Title = TitleOf(json);
            row.UpdatedAt = time.GetUtcNow().UtcDateTime;
            context.SaveChanges();
            return Stored(row);
        });
    }

    /// <summary>The design checked as it would be published: the buyer's own identity and goals, on <paramref name="today"/>.</summary>
    public DesignReview? Review(string id, DateOnly today) => StoreWork.Read(target, context =>
    {
        var row = context.TenderDesigns.AsNoTracking().FirstOrDefault(d => d.Id == id);
        return row is null ? null : Review(context, row, today);
    });

    private DesignReview Review(StewardDbContext context, TenderDesignRow row, DateOnly today)
    {
        var organisation = context.AccountOrganisations.AsNoTracking().First(o => o.Id == row.OrganisationId);
        using var document = JsonDocument.Parse(row.Design);
        var (read, _) = TenderDesignJson.Read(document.RootElement);
        var goals = BuyerGoals.Load(context, row.OrganisationId);
        var design = read with
        {
            Buyer = read.Buyer with { Id = BuyerIdentity.Of(organisation), Name = organisation.Name },
            Goals = [.. goals, .. read.Goals.Where(g => goals.All(own => own.Id != g.Id))],
        };
        var settings = new DesignCheckSettings(today) { Models = _options.Models, Rules = _options.Rules };
        return new DesignReview(Stored(row), design, DesignChecker.Check(design, settings));
    }

    private static AccountOrganisationRow? Buyer(StewardDbContext context, string organisationId) =>
        context.AccountOrganisations.AsNoTracking().FirstOrDefault(o => o.Id == organisationId && o.Side == Core.Accounts.RoleNames.Of(Core.Accounts.OrganisationSide.Buyer));

    /// <summary>Null when the JSON reads as a design; else the refusal naming every problem.</summary>
    private static Error? Refusal(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var (_, errors) = TenderDesignJson.Read(document.RootElement);
            return errors.Count == 0 ? null : new Error(Code, string.Join("; ", errors.Select(e => e.Message)));
        }
        catch (JsonException exception)
        {
            return new Error(Code, $"line {(exception.LineNumber ?? 0) + 1}, byte {(exception.BytePositionInLine ?? 0) + 1}: not valid JSON");
        }
    }

    private static string Normalised(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString();

    private static string TitleOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String && title.GetString() is { Length: > 0 } text
            ? text.Trim()
            : "Untitled design";
    }

    private static StoredDesign Stored(TenderDesignRow row) =>
        new(row.Id, row.OrganisationId, row.Title, row.Design, row.Status, row.Ocid, row.Releases, Utc(row.UpdatedAt), row.PublishedAt is { } p ? Utc(p) : null);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
