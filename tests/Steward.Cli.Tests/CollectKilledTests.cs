using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using Microsoft.Extensions.Time.Testing;
using Steward.Data;
using Steward.Data.Collect;
using Steward.Testing;

namespace Steward.Cli.Tests;

/// <summary>
/// <c>steward collect</c> killed (SIGKILL, as an operator's machine or an OOM killer would) while it works through a day
/// of Contracts Finder pages, at several moments, then run again: the store ends up exactly as one uninterrupted run
/// leaves it. Pages come from a local server; each is the real page in ../shared/data with its releases renamed per
/// page, and a next link to the following one.
/// </summary>
public sealed class CollectKilledTests
{
    private const int Pages = 12;

    [Fact]
    public async Task Collect_KilledAtSeveralMomentsThenRunAgain_StoresWhatOneCleanRunStores()
    {
        // Arrange: the child processes run on the real clock, so the day collected is yesterday's.
        using var folder = new TempFolder();
        var since = TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var kill = new KillSwitch();
        using var server = ChainOfPages(since, kill);
        var killed = folder.File("killed.db");
        var clean = folder.File("clean.db");
        string[] Collect(string db) =>
            ["collect", "--once", "--sources", "contracts-finder", "--since", since, "--contracts-finder-url", server.BaseUri.ToString(), "--delay", "0", "--db", db];

        // Act: killed as page 3 is served, 40 ms after page 6 was, and 150 ms after page 9 was (most likely mid-import).
        foreach (var (page, delay) in new[] { (3, 0), (6, 40), (9, 150) })
        {
            using var process = StewardProcess.Start(Collect(killed));
            kill.Arm(page, TimeSpan.FromMilliseconds(delay), process);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(kill.Fired, $"the collector finished before page {page} was served");
            ExpireLease(killed);
        }

        var finished = await RunToEnd(Collect(killed));
        var once = await RunToEnd(Collect(clean));

        // Assert
        Assert.Equal(0, finished);
        Assert.Equal(0, once);
        var expected = StewardProcess.Fingerprint(clean);
        Assert.StartsWith($"{Pages * 94:N0} records, {Pages * 100} releases", expected, StringComparison.Ordinal); // the real page: 100 releases of 94 processes
        Assert.Equal(expected, StewardProcess.Fingerprint(killed));
    }

    /// <summary>The dead collector's lease has run out (its time to live is tested elsewhere): a later clock takes it over and lets it go.</summary>
    private static void ExpireLease(string db)
    {
        var later = new CollectorLease(DatabaseTarget.Parse(db), "test/expiry", TimeSpan.FromMinutes(1), new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddDays(1)));
        if (CollectorLease.Read(DatabaseTarget.Parse(db)) is not null)
        {
            Assert.True(later.TryAcquire());
            later.Release();
        }
    }

    private static async Task<int> RunToEnd(string[] args)
    {
        using var process = StewardProcess.Start(args);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, await error);
        return process.ExitCode;
    }

    /// <summary>Page 1 answers the first day's search; page N's next link asks for page N+1; every other day is empty.</summary>
    private static LocalHttpServer ChainOfPages(string since, KillSwitch kill)
    {
        var real = JsonNode.Parse(File.ReadAllBytes(SharedData.Ocds("contracts-finder/cf_2025-01-20T23_to_2025-01-23T23_page1.json")))!.AsObject();
        var pages = Enumerable.Range(1, Pages).Select(n =>
        {
            var page = real.DeepClone().AsObject();
            foreach (var release in page["releases"]!.AsArray())
            {
                release!["ocid"] = $"{release["ocid"]}-p{n}";
                release["id"] = $"{release["id"]}-p{n}";
            }

            page["links"] = n < Pages ? new JsonObject { ["next"] = $"/Published/Notices/OCDS/Search?cursor={n + 1}" } : null;
            return Encoding.UTF8.GetBytes(page.ToJsonString());
        }).ToArray();
        var empty = Encoding.UTF8.GetBytes("""{"uri":"u","version":"1.1","releases":[]}""");
        return new LocalHttpServer(uri =>
        {
            var query = HttpUtility.ParseQueryString(uri.Query);
            var number = query["cursor"] is { } cursor ? int.Parse(cursor, CultureInfo.InvariantCulture)
                : query["publishedFrom"]?.StartsWith(since, StringComparison.Ordinal) == true ? 1 : 0;
            kill.Served(number);
            return HttpReply.Ok(number == 0 ? empty : pages[number - 1]);
        });
    }

    /// <summary>Kills the armed process a set time after the server serves a set page.</summary>
    private sealed class KillSwitch
    {
        private readonly Lock _gate = new();
        private (int Page, TimeSpan Delay, Process Process)? _armed;

        public bool Fired { get; private set; }

        public void Arm(int page, TimeSpan delay, Process process)
        {
            lock (_gate)
            {
                _armed = (page, delay, process);
                Fired = false;
            }
        }

        public void Served(int page)
        {
            (int Page, TimeSpan Delay, Process Process) armed;
            lock (_gate)
            {
                if (_armed is not { } a || a.Page != page)
                {
                    return;
                }

                armed = a;
                _armed = null;
                Fired = true;
            }

            if (armed.Delay == TimeSpan.Zero)
            {
                armed.Process.Kill(entireProcessTree: true);
                return;
            }

            _ = Task.Delay(armed.Delay).ContinueWith(_ => armed.Process.Kill(entireProcessTree: true), TaskScheduler.Default);
        }
    }
}
