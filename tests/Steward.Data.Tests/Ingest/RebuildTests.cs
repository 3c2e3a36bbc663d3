using Microsoft.EntityFrameworkCore;
using Steward.Data.Ingest;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;

namespace Steward.Data.Tests.Ingest;

/// <summary><c>steward db rebuild</c>: every process recompiled from its stored releases.</summary>
public sealed class RebuildTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void RebuildAll_ProcessesWithFactsMissing_AreFilledAgainAndNothingElseChanges(string provider)
    {
        // Arrange: a store as an older Steward left it, without the buyer names and first-published dates.
        using var database = TestDatabase.Create(provider);
        ImportFile(database, SharedData.Ocds("contracts-finder/cf_2025-01-20T23_to_2025-01-23T23_page1.json"));
        var before = Dump(database);
        using (var context = database.Context())
        {
            context.Database.ExecuteSqlRaw("UPDATE processes SET buyer_name = NULL, first_published = NULL");
        }

        // Act
        long rebuilt;
        using (var importer = StewardImporter.Open(database.Target, Clock))
        {
            rebuilt = importer.RebuildAll();
        }

        // Assert
        using var after = database.Context();
        Assert.Equal(94, rebuilt);
        Assert.Equal(0, after.Processes.Count(p => p.BuyerName == null || p.FirstPublished == null));
        Assert.Equal(before, Dump(database));
    }
}
