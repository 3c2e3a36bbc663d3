using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Core.Suppliers;
using Steward.Data.Accounts;
using Steward.Data.Entities;

namespace Steward.Data.Suppliers;

/// <summary>
/// The register as suppliers and verifiers use it in the portal (docs/accounts.md, "The register in the portal"): a
/// supplier keeps a draft of its profile and submits it into the register; it uploads evidence; a verifier checks
/// each piece and marks what it covers and until when, which adds it to the profile's verified evidence. A supplier
/// never writes its own evidence list: only a verifier's check does.
/// </summary>
public sealed partial class SupplierPortal(DatabaseTarget target, TimeProvider time, string? evidenceFolder = null, Func<Guid>? newId = null)
{
    private readonly Func<Guid> _newId = newId ?? (() => Guid.CreateVersion7(time.GetUtcNow()));

    private SupplierRegister Register => new(target, time);

    /// <summary>
    /// The supplier's draft; without one, its register profile as it stands, else a start with its name and identifier.
    /// </summary>
    public ProfileDraft Draft(string organisationId) => Read(context =>
    {
        var organisation = context.AccountOrganisations.AsNoTracking().First(o => o.Id == organisationId);
        var draft = context.ProfileDrafts.AsNoTracking().FirstOrDefault(d => d.OrganisationId == organisationId);
        if (draft is not null)
        {
            return new ProfileDraft(draft.Draft, Utc(draft.SavedAt), draft.SubmittedAt is { } s ? Utc(s) : null, organisation.SupplierProfileId);
        }

        if (organisation.SupplierProfileId is { } profileId && Register.Find(profileId) is { } stored)
        {
            return new ProfileDraft(WithoutEvidence(stored.Json), null, null, profileId);
        }

        var start = new JsonObject { ["name"] = organisation.Name };
        if (organisation.Scheme is not null)
        {
            start["identifiers"] = new JsonArray(new JsonObject { ["scheme"] = organisation.Scheme, ["id"] = organisation.Identifier });
        }

        return new ProfileDraft(start.ToJsonString(), null, null, null);
    });

    /// <summary>Saves the draft (any readable profile JSON; its evidence list is dropped). Nothing reaches the register until submitted.</summary>
    public Result<ProfileDraft> SaveDraft(string organisationId, string json, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Parse(json) is { IsSuccess: false } bad)
        {
            return Result<ProfileDraft>.Failure(bad.Error!);
        }

        var text = WithoutEvidence(json);
        return Write(by, context =>
        {
            var row = context.ProfileDrafts.FirstOrDefault(d => d.OrganisationId == organisationId);
            if (row is null)
            {
                row = new ProfileDraftRow { OrganisationId = organisationId };
                context.ProfileDrafts.Add(row);
            }

            row.Draft = text;
            row.SavedAt = time.GetUtcNow().UtcDateTime;
            context.SaveChanges();
            var profileId = context.AccountOrganisations.AsNoTracking().First(o => o.Id == organisationId).SupplierProfileId;
            return Result<ProfileDraft>.Success(new ProfileDraft(row.Draft, Utc(row.SavedAt), row.SubmittedAt is { } s ? Utc(s) : null, profileId));
        });
    }

    /// <summary>
    /// Puts the draft into the register as a new version of the supplier's profile (keeping the evidence verifiers
    /// recorded), and links the organisation to it.
    /// </summary>
    public Result<SaveOutcome> Submit(string organisationId, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        var draft = Draft(organisationId);
        var current = draft.ProfileId is { } id ? Register.Find(id) : null;
        var merged = JsonNode.Parse(draft.Json)!.AsObject();
        AddOwnIdentifier(merged, organisationId);
        if (current is not null && JsonNode.Parse(current.Json)!.AsObject()["evidence"] is { } evidence)
        {
            merged["evidence"] = evidence.DeepClone();
        }

        var parsed = Parse(merged.ToJsonString());
        if (!parsed.IsSuccess)
        {
            return Result<SaveOutcome>.Failure(parsed.Error!);
        }

        using var document = JsonDocument.Parse(merged.ToJsonString());
        SaveOutcome outcome;
        try
        {
            outcome = Register.Save(document.RootElement, parsed.Value, by);
        }
        catch (RegisterException exception)
        {
            return new Error("PROFILE_REFUSED", exception.Message);
        }

        return Write(by, context =>
        {
            var organisation = context.AccountOrganisations.First(o => o.Id == organisationId);
            organisation.SupplierProfileId = outcome.Id;
            var row = context.ProfileDrafts.FirstOrDefault(d => d.OrganisationId == organisationId);
            if (row is null)
            {
                row = new ProfileDraftRow { OrganisationId = organisationId, Draft = draft.Json, SavedAt = time.GetUtcNow().UtcDateTime };
                context.ProfileDrafts.Add(row);
            }

            row.SubmittedAt = time.GetUtcNow().UtcDateTime;
            context.SaveChanges();
            return Result<SaveOutcome>.Success(outcome);
        });
    }

    /// <summary>The identifier the organisation was added with always stays on its profile, so that it links to what it published.</summary>
    private void AddOwnIdentifier(JsonObject profile, string organisationId)
    {
        var organisation = Read(context => context.AccountOrganisations.AsNoTracking().First(o => o.Id == organisationId));
        if (organisation.Scheme is null)
        {
            return;
        }

        var identifiers = profile["identifiers"] as JsonArray ?? [];
        profile["identifiers"] = identifiers;
        if (!identifiers.OfType<JsonObject>().Any(i => string.Equals(i["scheme"]?.ToString(), organisation.Scheme, StringComparison.OrdinalIgnoreCase)
                                                       && string.Equals(i["id"]?.ToString(), organisation.Identifier, StringComparison.OrdinalIgnoreCase)))
        {
            identifiers.Insert(0, new JsonObject { ["scheme"] = organisation.Scheme, ["id"] = organisation.Identifier });
        }
    }

    private static Result<SupplierProfile> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new Error("PROFILE_NOT_AN_OBJECT", "profile: it must be a JSON object, like {\"name\": \"...\"}");
            }

            var read = SupplierProfileJson.Read(document.RootElement);
            return read.IsValid ? read.Profile! : new Error("PROFILE_INVALID", string.Join("; ", read.Errors.Select(e => e.Message)));
        }
        catch (JsonException exception)
        {
            return new Error("PROFILE_NOT_JSON", $"profile: not JSON at line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}");
        }
    }

    private static string WithoutEvidence(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("evidence");
        return node.ToJsonString();
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private T Read<T>(Func<StewardDbContext, T> body) => StoreWork.Read(target, body);

    private T Write<T>(ActingParty by, Func<StewardDbContext, T> body) => StoreWork.Write(target, by.Actor, time, body);

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
