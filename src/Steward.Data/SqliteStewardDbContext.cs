using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Steward.Data;

/// <summary>The store on SQLite, embedded: Steward's default. Migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteStewardDbContext(DbContextOptions<SqliteStewardDbContext> options) : StewardDbContext(options)
{
    /// <summary>Used by <c>dotnet ef</c> to build migrations.</summary>
    internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SqliteStewardDbContext>
    {
        public SqliteStewardDbContext CreateDbContext(string[] args) =>
            (SqliteStewardDbContext)StewardDatabase.CreateContext(DatabaseTarget.Parse("design-time.db"));
    }
}
