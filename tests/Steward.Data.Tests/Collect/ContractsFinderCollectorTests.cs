using System.Text;
using Steward.Data.Collect;
using Steward.Data.Ingest;
using Steward.Testing;

namespace Steward.Data.Tests.Collect;

/// <summary>The Contracts Finder collector against a local server replaying the real search page in ../shared/data.</summary>
public sealed class ContractsFinderCollectorTests
{
    [Fact]
    public async Task Run_ForbiddenThenPageThenNext_WaitsFiveMinutesAndFollowsTheCursorHere()
    {
        // Arrange: the real page's links.next points at the real host; the collector follows it on the test server.
        var page = File.ReadAllBytes(SharedData.Ocds("contracts-finder/cf_2025-01-20T23_to_2025-01-23T23_page1.json"));
        var requests = new List<Uri>();
        var waits = new List<TimeSpan>();
        using var server = new LocalHttpServer(uri =>
        {
            requests.Add(uri);
            if (requests.Count == 1)
            {
                return new HttpReply(403, "Forbidden"u8.ToArray());
            }

            return uri.Query.Contains("cursor=", StringComparison.Ordinal)
                ? HttpReply.Ok(Encoding.UTF8.GetBytes("""{"uri":"u","version":"1.1","releases":[]}"""))
                : HttpReply.Ok(page);
        });
        using var database = TestDatabase.Sqlite();
        using var importer = StewardImporter.Open(database.Target, Ingest.ImportHarness.Clock);
        using var http = new HttpClient();
        var options = new CollectorOptions
        {
            BaseUrl = server.BaseUri,
            Interval = TimeSpan.Zero,
            ThrottleWait = TimeSpan.FromMinutes(5),
            Wait = (wait, _) =>
            {
                waits.Add(wait);
                return Task.CompletedTask;
            },
        };
        var from = new DateTimeOffset(2025, 1, 23, 0, 0, 0, TimeSpan.Zero);

        // Act
        var result = await new ContractsFinderCollector(importer, http, options, TimeProvider.System, _ => { })
            .RunAsync(from, from.AddDays(1), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal([TimeSpan.FromMinutes(5)], waits);
        Assert.Equal(3, requests.Count);
        Assert.Equal(server.BaseUri.Authority, requests[2].Authority);
        Assert.Contains("cursor=", requests[2].Query, StringComparison.Ordinal);
        Assert.Equal(100, result.New);
        Assert.Equal(94, database.Statistics().Records);
        Assert.Equal("2025-01-24T00:00:00Z", importer.ReadCursor(ContractsFinderCollector.Source));
    }
}
