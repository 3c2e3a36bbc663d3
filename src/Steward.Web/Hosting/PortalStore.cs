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
            // Pages run the same few statements over and over: let Npgsql prepare them once per connection.
            var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 };
            target = target with { ConnectionString = builder.ToString() };
        }

        Target = target;
    }

    public DatabaseTarget Target { get; }
}
