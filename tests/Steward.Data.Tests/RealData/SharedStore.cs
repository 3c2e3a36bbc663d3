using Steward.Data.Ingest;
using Steward.Testing;

namespace Steward.Data.Tests.RealData;

/// <summary>
/// Every file in <c>../shared/data/ocds</c> imported into one store, as a new user would (<c>steward import
/// ../shared/data/ocds</c>, files in name order): figures true on one publisher's file can be wrong across
/// publishers, so these tests read them all together. One store per engine, made once for the test class.
/// </summary>
public sealed class SharedStore : IDisposable
{
    private readonly Dictionary<string, TestDatabase> _stores = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The store on <paramref name="provider"/> (sqlite or postgres), importing everything on first use.</summary>
    public TestDatabase For(string provider)
    {
        var files = SharedData.AllOcdsFiles();
        lock (_gate)
        {
            if (!_stores.TryGetValue(provider, out var database))
            {
                database = TestDatabase.Create(provider);
                Import(database, files);
                _stores[provider] = database;
            }

            return database;
        }
    }

    /// <summary>Imports <paramref name="files"/> in the order given, each in its own transaction, as <c>steward import</c> does.</summary>
    public static void Import(TestDatabase database, IEnumerable<string> files)
    {
        using var importer = StewardImporter.Open(database.Target, Tests.Ingest.ImportHarness.Clock);
        foreach (var file in files)
        {
            importer.Import(file);
        }
    }

    public void Dispose()
    {
        foreach (var database in _stores.Values)
        {
            database.Dispose();
        }
    }
}
