using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Steward.Data;
using Steward.Testing;

namespace Steward.Web.Tests;

/// <summary>
/// The portal in memory on a real store: an SQLite file (or a PostgreSQL database) that the portal fills with
/// <c>steward demo</c> data on first start, as it does for a newcomer. Runs as Production (no developer pages).
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    /// <summary>Small enough to start in a second or two; large enough for peers, markets and flags.</summary>
    public const int DemoReleases = 3000;

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <summary>A portal on <paramref name="database"/> (which it disposes), with settings over the defaults and services replaced (e.g. the clock).</summary>
    public PortalFactory(TestDatabase database, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        Database = database;
        _services = services;
        _settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Steward:Database"] = database.Target.Provider == DatabaseProvider.Sqlite ? database.Target.Display : database.Target.ConnectionString,
            ["Steward:DemoReleases"] = DemoReleases.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public TestDatabase Database { get; }

    /// <summary>Also receives every log entry, when set.</summary>
    public ILoggerProvider? Log { get; init; }

    public DatabaseTarget Target => Database.Target;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(Environments.Production);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }

        if (Log is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(Log));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Database.Dispose();
        }
    }
}

/// <summary>The portal most tests share (an assembly fixture): a fresh SQLite store filled with demo data at first start.</summary>
public sealed class DemoPortal() : PortalFactory(TestDatabase.Sqlite()), IAsyncLifetime
{
    /// <summary>Starts the portal once, before any test asks for a client (starting it is not thread-safe).</summary>
    public ValueTask InitializeAsync()
    {
        CreateClient().Dispose();
        return ValueTask.CompletedTask;
    }
}
