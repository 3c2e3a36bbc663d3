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
        var folder = SharedData.Require("ocds");
        lock (_gate)
        {
            if (!_stores.TryGetValue(provider, out var database))
            {
                database = TestDatabase.Create(provider);
                Import(database, folder);
                _stores[provider] = database;
            }

            return database;
        }
    }

    /// <summary>Imports every OCDS file under <paramref name="folder"/>, in name order, as <c>steward import FOLDER</c> does.</summary>
    public static void Import(TestDatabase database, string folder)
    {
        using var importer = StewardImporter.Open(database.Target, Tests.Ingest.ImportHarness.Clock);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".jsonl", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
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
