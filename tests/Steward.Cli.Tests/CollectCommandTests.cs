using System.Text;
using System.Web;
using Microsoft.Extensions.Time.Testing;
using Steward.Data;
using Steward.Data.Collect;
using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

/// <summary><c>steward collect</c> against a local server replaying the real API pages in ../shared/data, on the harness's fixed clock.</summary>
public sealed class CollectCommandTests
{
    /// <summary>Find a Tender's first window (UK time is UTC in November) holds a real page; Contracts Finder's first day its real page.</summary>
    private static LocalHttpServer Replay(Func<string, HttpReply?>? fault = null, Action<string>? seen = null)
    {
        var fts = File.ReadAllBytes(SharedData.Ocds("fts-pa2023/2026-09-03-p001.json"));
        var cf = File.ReadAllBytes(SharedData.Ocds("contracts-finder/cf_2025-01-20T23_to_2025-01-23T23_page1.json"));
        var empty = Encoding.UTF8.GetBytes("""{"uri":"u","version":"1.1","releases":[]}""");
        return new LocalHttpServer(uri =>
        {
            var query = HttpUtility.ParseQueryString(uri.Query);
            var key = uri.AbsolutePath.EndsWith("ocdsReleasePackages", StringComparison.Ordinal) ? $"fts {query["updatedFrom"]}"
                : query["cursor"] is not null ? "cf next" : $"cf {query["publishedFrom"]}";
            seen?.Invoke(key);
            return fault?.Invoke(key) ?? key switch
            {
                "fts 2026-11-24T00:00:00" => HttpReply.Ok(fts),
                "cf 2026-11-24T00:00:00" => HttpReply.Ok(cf),
                _ => HttpReply.Ok(empty),
            };
        });
    }

    private static string[] Collect(LocalHttpServer server, string db, params string[] more) =>
        ["collect", "--since", "2026-11-24", "--fts-url", server.BaseUri.ToString(), "--contracts-finder-url", server.BaseUri.ToString(),
         "--delay", "0", "--db", db, .. more];

    [Fact]
    public async Task Collect_Once_StoresBothSourcesReleasesTheLeaseAndASecondRunAsksNothing()
    {
        // Arrange
        using var folder = new TempFolder();
        using var server = Replay();
        var db = folder.File("steward.db");

        // Act
        var first = await Run(Collect(server, db, "--once"));
        var requests = server.Requests;
        var second = await Run(Collect(server, db, "--once"));

        // Assert
        Assert.Equal(0, first.Exit);
        Assert.Contains("steward collect fts: 6 pages: releases 5 new", first.Error, StringComparison.Ordinal);
        Assert.Contains("steward collect contracts-finder: 3 pages: releases 100 new", first.Error, StringComparison.Ordinal);
        Assert.Equal(0, second.Exit);
        Assert.Equal(requests, server.Requests);
        var target = DatabaseTarget.Parse(db);
        using (var context = StewardDatabase.CreateContext(target))
        {
            Assert.Equal(105, StoreStatistics.Read(context).Releases);
        }

        Assert.Null(CollectorLease.Read(target));
    }

    [Fact]
    public async Task Collect_Once_WhileAnotherCollectorHoldsTheLease_SaysWhoAndExitsZeroAskingNothing()
    {
        // Arrange
        using var folder = new TempFolder();
        using var server = Replay();
        var db = folder.File("steward.db");
        var other = new CollectorLease(DatabaseTarget.Parse(db), "node-b/2/bbbb", TimeSpan.FromMinutes(10), new FakeTimeProvider(Now));
        Assert.True(other.TryAcquire());

        // Act
        var result = await Run(Collect(server, db, "--once"));

        // Assert
        Assert.Equal(0, result.Exit);
        Assert.Contains("node-b/2/bbbb holds the lease until 2026-11-25T09:40:00Z; nothing to do", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task Collect_Once_OneSourceFailing_StoresTheOtherAndExitsTwo()
    {
        // Arrange: Find a Tender refuses every request.
        using var folder = new TempFolder();
        using var server = Replay(key => key.StartsWith("fts", StringComparison.Ordinal) ? new HttpReply(400, "bad request"u8.ToArray()) : null);

        // Act
        var result = await Run(Collect(server, folder.File("steward.db"), "--once", "--sources", "fts,contracts-finder"));

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains("answered 400", result.Error, StringComparison.Ordinal);
        Assert.Contains("next round resumes", result.Error, StringComparison.Ordinal);
        Assert.Contains("contracts-finder: 3 pages: releases 100 new", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_StoppedByCtrlC_SaysSoReleasesTheLeaseAndExitsZero()
    {
        // Arrange: Ctrl+C comes while Contracts Finder's last page is asked for (rounds every 15 minutes otherwise never end).
        using var folder = new TempFolder();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var server = Replay(seen: key =>
        {
            if (key == "cf next")
            {
                stop.Cancel();
            }
        });
        var db = folder.File("steward.db");

        // Act
        var result = await RunUntil(Collect(server, db), stop.Token);

        // Assert
        Assert.Equal(0, result.Exit);
        Assert.Contains("every 15 minutes", result.Error, StringComparison.Ordinal);
        Assert.Contains("stopped; the lease is released", result.Error, StringComparison.Ordinal);
        Assert.Null(CollectorLease.Read(DatabaseTarget.Parse(db)));
    }

    [Theory]
    [InlineData(new[] { "collect", "--sources", "fts,ted" }, "--sources")]
    [InlineData(new[] { "collect", "--every", "0" }, "--every")]
    [InlineData(new[] { "collect", "--lease-seconds", "10" }, "--lease-seconds")]
    [InlineData(new[] { "collect", "--since", "yesterday" }, "not a date")]
    [InlineData(new[] { "collect", "--fts-url", "find-tender" }, "--fts-url")]
    public async Task Collect_BadOption_ExitsTwoNamingIt(string[] args, string expected)
    {
        // Act
        var result = await Run(args);

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }
}
