using Microsoft.AspNetCore.Mvc.Testing;
using Steward.Data.Ingest;
using Steward.Testing;

namespace Steward.Web.Tests;

/// <summary>
/// The portal on a store holding every file of <c>../shared/data/ocds</c> (no demo data), as a new user who imported
/// it all would see it. Made on first use, so tests skip with the reason when ../shared is absent.
/// </summary>
public sealed class SharedDataPortal : IDisposable
{
    private readonly Lock _gate = new();
    private PortalFactory? _factory;

    public PortalFactory Factory
    {
        get
        {
            var files = SharedData.AllOcdsFiles();
            lock (_gate)
            {
                if (_factory is null)
                {
                    var database = TestDatabase.Sqlite();
                    using (var importer = StewardImporter.Open(database.Target, TimeProvider.System))
                    {
                        foreach (var file in files)
                        {
                            importer.Import(file);
                        }
                    }

                    _factory = new PortalFactory(database, new Dictionary<string, string?>(StringComparer.Ordinal) { ["Steward:DemoReleases"] = "0" });
                }

                return _factory;
            }
        }
    }

    public HttpClient Client(bool redirects = true) =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = redirects });

    public void Dispose() => _factory?.Dispose();
}
