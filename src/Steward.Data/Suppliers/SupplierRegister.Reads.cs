using Microsoft.EntityFrameworkCore;

namespace Steward.Data.Suppliers;

/// <summary>The register's reads: one profile by any of its keys, every profile, a profile's history, name suggestions.</summary>
public sealed partial class SupplierRegister
{
    /// <summary>The profile with this register id, identifier key (<c>GB-COH-01234567</c>) or linked organisation id; null when none.</summary>
    public StoredProfile? Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var context = StewardDatabase.CreateContext(target);
            var row = context.SupplierProfiles.AsNoTracking().FirstOrDefault(p => p.Id == key)
                      ?? context.SupplierProfiles.AsNoTracking().Where(p => p.OrganisationId == key).OrderBy(p => p.Id).FirstOrDefault();
            if (row is null)
            {
                // An identifier key as people type it: scheme in any case, a Companies House number without its zeros.
                var wanted = key.Trim().ToUpperInvariant();
                if (wanted.StartsWith("GB-COH-", StringComparison.Ordinal) && Ocds.Normalisation.CompaniesHouse.Pad(wanted[7..]) is { } padded)
                {
                    wanted = $"GB-COH-{padded}";
                }

                var owner = context.SupplierProfileIdentifiers.AsNoTracking()
                    .Where(i => i.Scheme + "-" + i.Identifier == wanted || i.Scheme + "-" + i.Identifier == key).Select(i => i.ProfileId).FirstOrDefault();
                row = owner is null ? null : context.SupplierProfiles.AsNoTracking().First(p => p.Id == owner);
            }

            return row is null ? null : ToStored(row);
        });
    }

    /// <summary>Every profile, by name.</summary>
    public IReadOnlyList<StoredProfile> All()
    {
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var context = StewardDatabase.CreateContext(target);
            return (IReadOnlyList<StoredProfile>)[.. context.SupplierProfiles.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id).AsEnumerable().Select(ToStored)];
        });
    }

    /// <summary>A profile's history, newest first.</summary>
    public IReadOnlyList<ProfileChange> History(string profileId)
    {
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var context = StewardDatabase.CreateContext(target);
            return (IReadOnlyList<ProfileChange>)[.. context.SupplierProfileChanges.AsNoTracking().Where(c => c.ProfileId == profileId)
                .OrderByDescending(c => c.Id).AsEnumerable()
                .Select(c => new ProfileChange(c.Version, DateTime.SpecifyKind(c.ChangedAt, DateTimeKind.Utc), c.ChangedBy, c.Action,
                    c.Fields.Split(',', StringSplitOptions.RemoveEmptyEntries)))];
        });
    }

    /// <summary>Organisations whose published names normalise to the profile's name: suggestions for a person to confirm.</summary>
    public IReadOnlyList<NameSuggestion> Suggestions(string name)
    {
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var context = StewardDatabase.CreateContext(target);
            return Suggestions(context, name);
        });
    }

    private static IReadOnlyList<NameSuggestion> Suggestions(StewardDbContext context, string name)
    {
        var wanted = Core.Processes.OrganisationKeys.NormaliseName(name);
        if (wanted.Length == 0)
        {
            return [];
        }

        var first = wanted.Split(' ')[0];
        var pattern = $"%{first}%";
        return
        [
            .. context.OrganisationNames.AsNoTracking()
                .Where(n => EF.Functions.Like(n.Name.ToLower(), pattern))
                .Take(500).AsEnumerable()
                .Where(n => Core.Processes.OrganisationKeys.NormaliseName(n.Name) == wanted)
                .DistinctBy(n => n.OrganisationId)
                .Select(n => new NameSuggestion(n.OrganisationId, n.Name))
                .Take(10),
        ];
    }
}
