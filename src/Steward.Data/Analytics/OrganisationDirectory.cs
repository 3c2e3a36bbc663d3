using Microsoft.EntityFrameworkCore;

namespace Steward.Data.Analytics;

/// <summary>Organisation names by Steward id, for reports that list organisations.</summary>
public static class OrganisationDirectory
{
    public static IReadOnlyDictionary<string, string?> Names(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var context = StewardDatabase.CreateContext(target);
            return context.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name })
                .ToDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
        });
    }
}
