using Microsoft.Extensions.Options;
using Steward.Data.Demo;
using Steward.Data.Ingest;
using Steward.Data.Portal;

namespace Steward.Web.Hosting;

/// <summary>
/// Before the portal serves: makes sure the store is ready (SQLite is created and migrated; PostgreSQL must have
/// been migrated with <c>steward db migrate</c>), and fills an empty store with clearly synthetic demo data so
/// that a first run shows something. A store that cannot be reached does not stop the portal starting
/// (<see cref="StoreAvailability"/>).
/// </summary>
public sealed partial class StoreStartup(PortalStore store, StoreAvailability availability, IOptions<PortalOptions> options, TimeProvider time,
    ILogger<StoreStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var target = store.Target;
        if (!availability.TryNow())
        {
            // The portal starts all the same and answers 503 until the store can be reached (StoreGate).
            return Task.CompletedTask;
        }

        var overview = StoreOverview.Read(target);
        if (overview.IsEmpty && options.Value.DemoReleases > 0)
        {
            LogSeeding(logger, options.Value.DemoReleases, target.Display);
            // A file of its own (several portals may start at once), removed when closed.
            var file = Path.Combine(Path.GetTempPath(), $"steward-web-demo-{Path.GetRandomFileName()}.jsonl");
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            new DemoDataGenerator(1, options.Value.DemoBuyers).Write(stream, options.Value.DemoReleases);
            stream.Position = 0;
            using var importer = StewardImporter.Open(target, time);
            importer.Import(stream, "steward demo (portal first start)");
            DemoRegister.Seed(target, time, 60);
            importer.RefreshFigures(); // the register's verified suppliers changed what registerShare counts (ADR 0015)
        }

        LogReady(logger, target.Display);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "The store {Store} is empty: filling it with {Releases} synthetic demo releases (steward demo)")]
    private static partial void LogSeeding(ILogger logger, int releases, string store);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the store {Store}")]
    private static partial void LogReady(ILogger logger, string store);
}
