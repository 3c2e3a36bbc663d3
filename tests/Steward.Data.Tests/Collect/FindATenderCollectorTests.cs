using System.Text;
using System.Web;
using Steward.Data.Collect;
using Steward.Data.Ingest;
using Steward.Testing;

namespace Steward.Data.Tests.Collect;

/// <summary>The Find a Tender collector against a local server that replays the real API pages in ../shared/data.</summary>
public sealed class FindATenderCollectorTests
{
    private static readonly DateTimeOffset Day = new(2026, 9, 3, 0, 0, 0, TimeSpan.Zero);

    private sealed class Replay
    {
        public List<(string From, string To)> Windows { get; } = [];

        public List<TimeSpan> Waits { get; } = [];

        public CollectorOptions Options(Uri baseUrl, int retries = 4) => new()
        {
            BaseUrl = baseUrl,
            Interval = TimeSpan.FromSeconds(10),
            Retries = retries,
            Wait = (wait, _) =>
            {
                Waits.Add(wait);
                return Task.CompletedTask;
            },
        };
    }

    private static byte[] Empty => Encoding.UTF8.GetBytes("""{"uri":"https://www.find-tender.service.gov.uk/api/1.0/ocdsReleasePackages","version":"1.1","releases":[]}""");

    private static (string From, string To) Window(Uri uri)
    {
        var query = HttpUtility.ParseQueryString(uri.Query);
        return (query["updatedFrom"]!, query["updatedTo"]!);
    }

    [Fact]
    public async Task Run_ThrottledAndDropped_WaitsAsToldRetriesAndStoresEveryRelease()
    {
        // Arrange: the first request is refused with 429 and Retry-After 120; the second window's first answer is dropped.
        var page1 = File.ReadAllBytes(SharedData.Ocds("fts-pa2023/2026-09-03-p001.json"));
        var page2 = File.ReadAllBytes(SharedData.Ocds("fts-pa2023/2026-09-03-p002.json"));
        var replay = new Replay();
        var dropped = false;
        using var server = new LocalHttpServer(uri =>
        {
            var window = Window(uri);
            replay.Windows.Add(window);
            if (replay.Windows.Count == 1)
            {
                return new HttpReply(429, "Rate limit of 12 exceeded. Please retry after 120 seconds."u8.ToArray())
                {
                    Headers = new Dictionary<string, string> { ["Retry-After"] = "120" },
                };
            }

            return window.From switch
            {
                "2026-09-03T01:00:00" => HttpReply.Ok(page2),
                "2026-09-03T07:00:00" when !dropped => Drop(ref dropped),
                "2026-09-03T07:00:00" => HttpReply.Ok(page1),
                _ => HttpReply.Ok(Empty),
            };
        });
        using var database = TestDatabase.Sqlite();
        using var importer = StewardImporter.Open(database.Target, Ingest.ImportHarness.Clock);
        using var http = new HttpClient();
        var collector = new FindATenderCollector(importer, http, replay.Options(server.BaseUri), TimeProvider.System, _ => { });

        // Act
        var result = await collector.RunAsync(Day, Day.AddDays(1), TestContext.Current.CancellationToken);

        // Assert: windows are asked for in UK local time (BST, +01:00), ends inclusive, in 6-hour steps.
        Assert.Equal(("2026-09-03T01:00:00", "2026-09-03T06:59:59"), replay.Windows[0]);
        Assert.Contains(TimeSpan.FromSeconds(120), replay.Waits);
        Assert.True(dropped);
        Assert.Equal(8, result.New);
        Assert.Equal(8, database.Statistics().Releases);
        Assert.Equal("2026-09-04T00:00:00Z", importer.ReadCursor(FindATenderCollector.Source));
    }

    [Fact]
    public async Task Run_FullWindow_IsSplitRatherThanPagedByCursor()
    {
        // Arrange: any window longer than three hours answers a full page of 100; shorter ones 10 releases of their own.
        var replay = new Replay();
        using var server = new LocalHttpServer(uri =>
        {
            var (from, to) = Window(uri);
            replay.Windows.Add((from, to));
            var hours = (DateTime.Parse(to, System.Globalization.CultureInfo.InvariantCulture) - DateTime.Parse(from, System.Globalization.CultureInfo.InvariantCulture)).TotalHours;
            return HttpReply.Ok(Package(from, hours > 3 ? 100 : 10));
        });
        using var database = TestDatabase.Sqlite();
        using var importer = StewardImporter.Open(database.Target, Ingest.ImportHarness.Clock);
        using var http = new HttpClient();
        var collector = new FindATenderCollector(importer, http, replay.Options(server.BaseUri), TimeProvider.System, _ => { });

        // Act
        await collector.RunAsync(Day, Day.AddHours(6), TestContext.Current.CancellationToken);

        // Assert: 6 h (full) → 3 h + 3 h (each 10 releases, stored); the full page itself is never stored.
        Assert.Equal([("2026-09-03T01:00:00", "2026-09-03T06:59:59"), ("2026-09-03T01:00:00", "2026-09-03T03:59:59"), ("2026-09-03T04:00:00", "2026-09-03T06:59:59")], replay.Windows);
        Assert.Equal(20, database.Statistics().Releases);
    }

    [Fact]
    public async Task Run_InterruptedThenRunAgain_ResumesFromTheSavedPlace()
    {
        // Arrange: the third window fails every time in the first run.
        var replay = new Replay();
        var failing = true;
        using var server = new LocalHttpServer(uri =>
        {
            var (from, to) = Window(uri);
            replay.Windows.Add((from, to));
            return failing && from == "2026-09-03T13:00:00" ? HttpReply.Dropped() : HttpReply.Ok(Package(from, 3));
        });
        using var database = TestDatabase.Sqlite();
        using var importer = StewardImporter.Open(database.Target, Ingest.ImportHarness.Clock);
        using var http = new HttpClient();

        // Act
        var error = await Assert.ThrowsAsync<CollectorException>(() =>
            new FindATenderCollector(importer, http, replay.Options(server.BaseUri, retries: 1), TimeProvider.System, _ => { })
                .RunAsync(Day, Day.AddDays(1), TestContext.Current.CancellationToken));
        var saved = importer.ReadCursor(FindATenderCollector.Source);
        failing = false;
        replay.Windows.Clear();
        await new FindATenderCollector(importer, http, replay.Options(server.BaseUri), TimeProvider.System, _ => { })
            .RunAsync(Day, Day.AddDays(1), TestContext.Current.CancellationToken);

        // Assert
        Assert.Contains("connection failed", error.Message, StringComparison.Ordinal);
        Assert.Equal("2026-09-03T12:00:00Z", saved);
        Assert.Equal("2026-09-03T13:00:00", replay.Windows[0].From);
        Assert.Equal(12, database.Statistics().Releases);
    }

    private static HttpReply Drop(ref bool dropped)
    {
        dropped = true;
        return HttpReply.Dropped();
    }

    /// <summary>A release package of <paramref name="count"/> releases unique to the window that starts at <paramref name="from"/>.</summary>
    private static byte[] Package(string from, int count)
    {
        var releases = Enumerable.Range(0, count).Select(i =>
            $$"""{"ocid":"ocds-h6vhtk-{{from.Replace(":", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal)}}{{i:D3}}","id":"{{i}}","date":"2026-09-03T10:00:00Z","tag":["tender"]}""");
        return Encoding.UTF8.GetBytes($$"""{"uri":"u","version":"1.1","releases":[{{string.Join(",", releases)}}]}""");
    }
}
