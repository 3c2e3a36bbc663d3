using Microsoft.EntityFrameworkCore;

namespace Steward.Data;

/// <summary>Creates the store's <see cref="StewardDbContext"/> for a <see cref="DatabaseTarget"/>.</summary>
public static class StewardDatabase
{
    /// <summary>A context on the target's provider (the caller disposes it).</summary>
    public static StewardDbContext CreateContext(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteStewardDbContext(new DbContextOptionsBuilder<SqliteStewardDbContext>()
                .UseSqlite(target.ConnectionString)
                .UseSnakeCaseNamingConvention()
                .Options),
            _ => new PostgresStewardDbContext(new DbContextOptionsBuilder<PostgresStewardDbContext>()
                .UseNpgsql(target.ConnectionString)
                .UseSnakeCaseNamingConvention()
                .Options),
        };
    }
}
