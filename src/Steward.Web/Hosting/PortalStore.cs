using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using Steward.Data;

namespace Steward.Web.Hosting;

/// <summary>The store the portal reads, found as the command line finds it (ADR 0009).</summary>
public sealed class PortalStore
{
    public PortalStore(IOptions<PortalOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var target = DatabaseTarget.Resolve(settings.Database,
            Environment.GetEnvironmentVariable(DatabaseTarget.EnvironmentVariable) is { Length: > 0 } named ? named : settings.DefaultDatabase);
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            // Many requests at once: pooled connections (the command line opens few and closes them at once).
            var builder = new SqliteConnectionStringBuilder(target.ConnectionString) { Pooling = true, DefaultTimeout = 30 };
            target = target with { ConnectionString = builder.ToString() };
        }

        else
        {
            // Pages run the same few statements over and over: let Npgsql prepare them once per connection. JIT
            // compilation is off unless the operator's connection string sets Options: a search with a region filter
            // is costed high enough to trigger it, and compiling took ~0.8 s for a query that runs in 0.2 s
            // (docs/performance.md, "The portal under load").
            var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 };
            if (string.IsNullOrWhiteSpace(builder.Options))
            {
                builder.Options = "-c jit=off";
            }

            target = target with { ConnectionString = builder.ToString() };
        }

        Target = target;
    }

    public DatabaseTarget Target { get; }
}
