using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Data.Accounts;
using Steward.Data.Entities;

namespace Steward.Data.Suppliers;

public sealed partial class SupplierPortal
{
    /// <summary>Keeps an uploaded document after checking what it really is; refuses anything but PDF, PNG or JPEG, or past <paramref name="maxBytes"/>.</summary>
    public Result<EvidenceItem> Upload(string organisationId, string kind, IReadOnlyList<string> covers, string fileName, byte[] content, long maxBytes, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(by);
        if (!EvidenceTypes.Kinds.Contains(kind))
        {
            return new Error("EVIDENCE_KIND", $"kind: \"{kind}\" is not one of {string.Join(", ", EvidenceTypes.Kinds)}");
        }

        if (content.Length == 0)
        {
            return new Error("EVIDENCE_EMPTY", $"file: \"{fileName}\" is empty");
        }

        if (content.Length > maxBytes)
        {
            return new Error("EVIDENCE_TOO_LARGE", $"file: \"{fileName}\" is {content.Length / 1024.0 / 1024.0:0.0} MB; the most is {maxBytes / 1024.0 / 1024.0:0.#} MB");
        }

        if (EvidenceTypes.Sniff(content) is not { } type)
        {
            return new Error("EVIDENCE_TYPE", $"file: \"{fileName}\" is not a PDF, PNG or JPEG (its content was read, not its name)");
        }

        var hash = Sha256(content);
        if (evidenceFolder is not null)
        {
            Directory.CreateDirectory(evidenceFolder);
            var path = Path.Combine(evidenceFolder, hash);
            if (!File.Exists(path))
            {
                File.WriteAllBytes(path, content);
            }
        }

        return Write(by, context =>
        {
            var row = new EvidenceFileRow
            {
                Id = _newId().ToString("N"),
                OrganisationId = organisationId,
                Kind = kind,
                Covers = string.Join(',', covers.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)),
                FileName = CleanName(fileName, type),
                ContentType = type,
                Size = content.Length,
                Sha256 = hash,
                Content = evidenceFolder is null ? content : null,
                UploadedAt = time.GetUtcNow().UtcDateTime,
            };
            context.EvidenceFiles.Add(row);
            context.SaveChanges();
            return Result<EvidenceItem>.Success(ToItem(row, context));
        });
    }

    /// <summary>One organisation's evidence, newest first.</summary>
    public IReadOnlyList<EvidenceItem> EvidenceOf(string organisationId) => Read(context =>
        context.EvidenceFiles.AsNoTracking().Where(e => e.OrganisationId == organisationId).OrderByDescending(e => e.UploadedAt)
            .Select(Summary).ToList().Select(r => ToItem(r, context)).ToList());

    /// <summary>Evidence waiting for a verifier, oldest first.</summary>
    public IReadOnlyList<EvidenceItem> Waiting() => Read(context =>
        context.EvidenceFiles.AsNoTracking().Where(e => e.Status == "submitted").OrderBy(e => e.UploadedAt)
            .Select(Summary).ToList().Select(r => ToItem(r, context)).ToList());

    public EvidenceItem? Evidence(string id) => Read(context =>
        context.EvidenceFiles.AsNoTracking().Where(e => e.Id == id).Select(Summary).FirstOrDefault() is { } row ? ToItem(row, context) : null);

    /// <summary>The bytes of a piece of evidence (for its owner or a verifier only: the caller checks).</summary>
    public byte[]? Content(string id) => Read(context =>
    {
        var row = context.EvidenceFiles.AsNoTracking().Where(e => e.Id == id).Select(e => new { e.Content, e.Sha256 }).FirstOrDefault();
        return row is null ? null : row.Content ?? (evidenceFolder is null ? null : File.ReadAllBytes(Path.Combine(evidenceFolder, row.Sha256)));
    });

    /// <summary>
    /// A verifier's check: what the document covers and until when. The supplier's register profile gains it as
    /// evidence, verified by the verifier's role and organisation.
    /// </summary>
    public Result<EvidenceItem> Verify(string id, IReadOnlyList<string> covers, DateOnly? validUntil, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(covers);
        ArgumentNullException.ThrowIfNull(by);
        var item = Evidence(id);
        if (item is null)
        {
            return new Error("EVIDENCE_NOT_FOUND", $"evidence: there is no evidence \"{id}\"");
        }

        if (item.Status != "submitted")
        {
            return new Error("EVIDENCE_CHECKED", $"evidence: \"{item.FileName}\" was {item.Status} already");
        }

        if (covers.Count == 0)
        {
            return new Error("EVIDENCE_COVERS", "covers: choose at least one fact the document shows");
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (validUntil is { } until && until < today)
        {
            return new Error("EVIDENCE_EXPIRED", $"validUntil: {until:yyyy-MM-dd} has passed; evidence must be valid today");
        }

        var profileId = Read(context => context.AccountOrganisations.AsNoTracking().First(o => o.Id == item.OrganisationId).SupplierProfileId);
        var stored = profileId is null ? null : Register.Find(profileId);
        if (stored is null)
        {
            return new Error("PROFILE_NOT_SUBMITTED", $"{item.OrganisationName} has not submitted its profile yet: evidence is recorded against a submitted profile");
        }

        // Claim the check first, so that two verifiers at once cannot both add it; give it back if the register refuses.
        var claimed = Write(by, context =>
        {
            if (context.Database.IsNpgsql())
            {
                context.Database.ExecuteSql($"SELECT 1 FROM evidence_files WHERE id = {id} FOR UPDATE");
            }

            var row = context.EvidenceFiles.First(e => e.Id == id);
            if (row.Status != "submitted")
            {
                return Result<EvidenceItem>.Failure(new Error("EVIDENCE_CHECKED", $"evidence: \"{row.FileName}\" was {row.Status} already"));
            }

            row.Status = "verified";
            row.VerifiedCovers = string.Join(',', covers);
            row.VerifiedBy = by.Shown;
            row.VerifiedOn = today;
            row.ValidUntil = validUntil;
            context.SaveChanges();
            return Result<EvidenceItem>.Success(ToItem(row, context));
        });
        if (!claimed.IsSuccess)
        {
            return claimed;
        }

        // The profile as it stands now (a supplier may have submitted since), with this check added.
        var saved = AddEvidence(profileId!, item, covers, validUntil, today, by);
        if (!saved.IsSuccess)
        {
            Write(by, context =>
            {
                var row = context.EvidenceFiles.First(e => e.Id == id);
                (row.Status, row.VerifiedCovers, row.VerifiedBy, row.VerifiedOn, row.ValidUntil) = ("submitted", null, null, null, null);
                return context.SaveChanges();
            });
            return Result<EvidenceItem>.Failure(saved.Error!);
        }

        return claimed;
    }

    private Result<SaveOutcome> AddEvidence(string profileId, EvidenceItem item, IReadOnlyList<string> covers, DateOnly? validUntil, DateOnly today, ActingParty by)
    {
        var stored = Register.Find(profileId)!;
        var profile = JsonNode.Parse(stored.Json)!.AsObject();
        var evidence = profile["evidence"] as JsonArray ?? [];
        profile["evidence"] = evidence;
        evidence.Add(new JsonObject
        {
            ["kind"] = item.Kind,
            ["covers"] = new JsonArray([.. covers.Select(c => (JsonNode)c)]),
            ["document"] = $"Steward evidence {item.Id} (SHA-256 {item.Sha256[..12]}; not published)",
            ["verifiedBy"] = by.Shown,
            ["verifiedOn"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["validUntil"] = validUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        using var document = JsonDocument.Parse(profile.ToJsonString());
        var read = Core.Suppliers.SupplierProfileJson.Read(document.RootElement);
        if (!read.IsValid)
        {
            return new Error("PROFILE_INVALID", string.Join("; ", read.Errors.Select(e => e.Message)));
        }

        try
        {
            return Register.Save(document.RootElement, read.Profile!, by);
        }
        catch (RegisterException exception)
        {
            return new Error("PROFILE_REFUSED", exception.Message);
        }
    }

    /// <summary>A verifier finds the document does not show what it should; the reason goes back to the supplier.</summary>
    public Result<EvidenceItem> Reject(string id, string reason, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new Error("EVIDENCE_REASON", "note: say why the document is not accepted, so that the supplier can send a better one");
        }

        return Write(by, context =>
        {
            var row = context.EvidenceFiles.FirstOrDefault(e => e.Id == id);
            if (row is null || row.Status != "submitted")
            {
                return Result<EvidenceItem>.Failure(new Error("EVIDENCE_CHECKED", $"evidence: \"{id}\" is not waiting for a check"));
            }

            row.Status = "rejected";
            row.Note = reason.Trim();
            row.VerifiedBy = by.Shown;
            row.VerifiedOn = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            context.SaveChanges();
            return Result<EvidenceItem>.Success(ToItem(row, context));
        });
    }

    /// <summary>Everything but the bytes.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<EvidenceFileRow, EvidenceFileRow>> Summary = e => new EvidenceFileRow
    {
        Id = e.Id,
        OrganisationId = e.OrganisationId,
        Kind = e.Kind,
        Covers = e.Covers,
        FileName = e.FileName,
        ContentType = e.ContentType,
        Size = e.Size,
        Sha256 = e.Sha256,
        UploadedAt = e.UploadedAt,
        Status = e.Status,
        VerifiedCovers = e.VerifiedCovers,
        VerifiedBy = e.VerifiedBy,
        VerifiedOn = e.VerifiedOn,
        ValidUntil = e.ValidUntil,
        Note = e.Note,
    };

    private static EvidenceItem ToItem(EvidenceFileRow row, StewardDbContext context) => new(row.Id, row.OrganisationId,
        context.AccountOrganisations.AsNoTracking().Where(o => o.Id == row.OrganisationId).Select(o => o.Name).FirstOrDefault() ?? row.OrganisationId,
        row.Kind, Split(row.Covers), row.FileName, row.ContentType, row.Size, row.Sha256, DateTime.SpecifyKind(row.UploadedAt, DateTimeKind.Utc), row.Status,
        Split(row.VerifiedCovers), row.VerifiedBy, row.VerifiedOn, row.ValidUntil, row.Note);

    private static string[] Split(string? text) => text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A safe download name: letters, digits, dot, dash and underscore, with the extension of what it is.</summary>
    private static string CleanName(string name, string type)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(name.Replace('\\', '/')));
        var clean = new string([.. stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-')]).Trim('-', '.');
        return (clean.Length == 0 ? "evidence" : clean[..Math.Min(clean.Length, 80)]) + EvidenceTypes.Extension(type);
    }

}
