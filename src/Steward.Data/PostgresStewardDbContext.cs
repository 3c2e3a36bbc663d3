using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Steward.Data;

/// <summary>The store on PostgreSQL, for a team or a public service. Migrations in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresStewardDbContext(DbContextOptions<PostgresStewardDbContext> options) : StewardDbContext(options)
{
    /// <summary>Used by <c>dotnet ef</c> to build migrations; it does not connect.</summary>
    internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PostgresStewardDbContext>
    {
        public PostgresStewardDbContext CreateDbContext(string[] args) =>
            (PostgresStewardDbContext)StewardDatabase.CreateContext(DatabaseTarget.Parse("Host=localhost;Database=steward_design"));
    }
}
