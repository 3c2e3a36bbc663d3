using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Suppliers;
using Steward.Data.Accounts;
using Steward.Data.Entities;

namespace Steward.Data.Suppliers;

/// <summary>
/// The supplier register in the store: saves profiles (keeping every change as history), links them to published
/// organisations by identifier, suggests name matches for a person to confirm, and reads them back.
/// </summary>
public sealed partial class SupplierRegister(DatabaseTarget target, TimeProvider time)
{
    /// <summary>
    /// Saves <paramref name="profile"/> (read from <paramref name="json"/>): a new profile, or a new version of the one
    /// any of its identifiers (else its name key) already belongs to. Nothing is written when nothing changed.
    /// </summary>
    public SaveOutcome Save(JsonElement json, SupplierProfile profile, string changedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        return Save(json, profile, ActingParty.Cli(changedBy));
    }

    /// <summary>Saves as <see cref="Save(JsonElement, SupplierProfile, string)"/> does, by <paramref name="by"/> (kept in the audit trail; shown in the history).</summary>
    public SaveOutcome Save(JsonElement json, SupplierProfile profile, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(by);
        var changedBy = by.Shown;
        var id = ProfileIdentifiers.RegisterId(profile)
                 ?? throw new RegisterException("the profile has neither identifiers nor a name: give at least a name (name) or an identifier (identifiers)");
        var identifiers = ProfileIdentifiers.Normalised(profile);
        var text = Compact(json);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var context = StewardDatabase.CreateContext(target);
            context.AuditActor = by.Actor;
            context.AuditClock = time;
            using var transaction = context.Database.BeginTransaction();
            var owners = identifiers.Select(i => context.SupplierProfileIdentifiers.AsNoTracking()
                    .Where(r => r.Scheme == i.Scheme && r.Identifier == i.Id).Select(r => r.ProfileId).FirstOrDefault())
                .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (owners.Count > 1)
            {
                throw new RegisterException($"identifiers: they belong to {owners.Count} different profiles ({string.Join(", ", owners)}); save each profile with its own identifiers");
            }

            var existingId = owners.Count == 1 ? owners[0] : id;
            var row = context.SupplierProfiles.Include(p => p.Identifiers).FirstOrDefault(p => p.Id == existingId);
            var now = time.GetUtcNow().UtcDateTime;
            var name = profile.Name ?? id;
            var fields = row is null ? ["*"] : ChangedFields(row.Profile, text);
            if (row is not null && fields.Count == 0)
            {
                return new SaveOutcome(row.Id, "unchanged", [], row.OrganisationId, row.OrganisationId is null ? Suggestions(context, name) : []);
            }

            var before = row?.Profile;
            var action = row is null ? "created" : "updated";
            if (row is null)
            {
                row = new SupplierProfileRow { Id = id };
                context.SupplierProfiles.Add(row);
            }

            row.Name = name;
            row.LegalForm = profile.LegalForm?.Code();
            row.Profile = text;
            row.Version++;
            row.UpdatedAt = now;
            row.UpdatedBy = changedBy;
            row.Identifiers.Clear();
            row.Identifiers.AddRange(identifiers.Select(i => new SupplierProfileIdentifierRow { Scheme = i.Scheme, Identifier = i.Id, ProfileId = row.Id }));
            context.SupplierProfileChanges.Add(new SupplierProfileChangeRow
            {
                ProfileId = row.Id,
                Version = row.Version,
                ChangedAt = now,
                ChangedBy = changedBy,
                Action = action,
                Fields = string.Join(',', fields),
                Before = before,
                After = text,
            });

            var linked = row.LinkedBy == "confirmed" ? row.OrganisationId : LinkByIdentifier(context, identifiers);
            if (linked is not null && linked != row.OrganisationId)
            {
                row.OrganisationId = linked;
                row.LinkedBy = "identifier";
                context.SupplierProfileChanges.Add(new SupplierProfileChangeRow
                {
                    ProfileId = row.Id,
                    Version = row.Version,
                    ChangedAt = now,
                    ChangedBy = changedBy,
                    Action = "linked",
                    Fields = $"organisation:{linked} (by identifier)",
                });
            }

            context.SaveChanges();
            transaction.Commit();
            return new SaveOutcome(row.Id, action, fields, row.OrganisationId, row.OrganisationId is null ? Suggestions(context, name) : []);
        });
    }

    /// <summary>Links a profile to an organisation a person has confirmed (after a name suggestion, or knowing better).</summary>
    public void Link(string profileId, string organisationId, string confirmedBy) => Link(profileId, organisationId, ActingParty.Cli(confirmedBy));

    /// <summary>Links as <see cref="Link(string, string, string)"/> does, by <paramref name="by"/>.</summary>
    public void Link(string profileId, string organisationId, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        var confirmedBy = by.Shown;
        DatabaseMigrator.EnsureReady(target);
        DatabaseMigrator.Guard(target, () =>
        {
            using var context = StewardDatabase.CreateContext(target);
            context.AuditActor = by.Actor;
            context.AuditClock = time;
            var row = context.SupplierProfiles.FirstOrDefault(p => p.Id == profileId)
                      ?? throw new RegisterException($"profile: no profile \"{profileId}\" in the register");
            if (!context.Organisations.Any(o => o.Id == organisationId))
            {
                throw new RegisterException($"organisation: no organisation \"{organisationId}\" in the store (see /suppliers in the portal or the published party ids)");
            }

            row.OrganisationId = organisationId;
            row.LinkedBy = "confirmed";
            context.SupplierProfileChanges.Add(new SupplierProfileChangeRow
            {
                ProfileId = row.Id,
                Version = row.Version,
                ChangedAt = time.GetUtcNow().UtcDateTime,
                ChangedBy = confirmedBy,
                Action = "linked",
                Fields = $"organisation:{organisationId} (confirmed)",
            });
            context.SaveChanges();
            return 0;
        });
    }

    private static string? LinkByIdentifier(StewardDbContext context, IReadOnlyList<Core.Processes.OrganisationIdentifier> identifiers)
    {
        foreach (var identifier in identifiers)
        {
            var owner = context.OrganisationIdentifiers.AsNoTracking()
                .Where(i => i.Scheme == identifier.Scheme && i.Identifier == identifier.Id).Select(i => i.OrganisationId).FirstOrDefault();
            if (owner is not null)
            {
                return owner;
            }
        }

        return null;
    }

    private static StoredProfile ToStored(SupplierProfileRow row)
    {
        using var document = JsonDocument.Parse(row.Profile);
        var profile = SupplierProfileJson.Read(document.RootElement).Profile
                      ?? throw new InvalidOperationException($"The stored profile {row.Id} no longer reads; the profile format changed without a migration.");
        return new StoredProfile(row.Id, row.Name, row.OrganisationId, row.LinkedBy, row.Version, DateTime.SpecifyKind(row.UpdatedAt, DateTimeKind.Utc),
            row.UpdatedBy, profile, row.Profile);
    }

    private static string Compact(JsonElement json)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            json.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The top-level fields whose values differ between two profile JSON texts.</summary>
    private static List<string> ChangedFields(string before, string after)
    {
        using var old = JsonDocument.Parse(before);
        using var @new = JsonDocument.Parse(after);
        var a = old.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal);
        var b = @new.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal);
        return [.. a.Keys.Union(b.Keys).Where(k => !a.TryGetValue(k, out var x) || !b.TryGetValue(k, out var y) || x != y).Order(StringComparer.Ordinal)];
    }
}
