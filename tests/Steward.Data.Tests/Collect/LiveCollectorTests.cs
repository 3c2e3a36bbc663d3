using Microsoft.Extensions.Time.Testing;
using Steward.Data.Collect;
using Steward.Data.Ingest;
using Steward.Testing;

namespace Steward.Data.Tests.Collect;

/// <summary>
/// Live collectors sharing one store through its lease, against the local replay server, on both engines: two racing,
/// one killed mid-page, one whose holder died. Each ends with the store a clean run gives.
/// </summary>
public sealed class LiveCollectorTests
{
    /// <summary>Generous bound on a test waiting for a request to reach the server; never a measure of speed.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunRound_OneCollector_StoresBothSourcesAndSavesTheirCursors(string provider)
    {
        // Arrange
        using var replay = new ReplayApis();
        using var database = TestDatabase.Create(provider);
        using var http = new HttpClient();
        var collector = new LiveCollector(database.Target, http, replay.Options("node-a/1/aaaa"), new FakeTimeProvider(ReplayApis.Now), _ => { });

        // Act
        var round = await collector.RunRoundAsync(TestContext.Current.CancellationToken);
        var again = await collector.RunRoundAsync(TestContext.Current.CancellationToken);

        // Assert: four Find a Tender windows and Contracts Finder's page and next page, each asked once; the second round has nothing to ask.
        Assert.True(round.Acquired);
        Assert.False(round.Failed);
        Assert.Equal(8, round.Sources[0].Result!.New);
        Assert.Equal(100, round.Sources[1].Result!.New);
        Assert.Equal(6, replay.Requests.Count);
        Assert.All(again.Sources, s => Assert.Equal(0, s.Result!.Pages));
        Assert.Equal(108, database.Statistics().Releases);
        using var importer = StewardImporter.Open(database.Target, TimeProvider.System);
        Assert.Equal("2026-09-04T00:00:00Z", importer.ReadCursor(FindATenderCollector.Source));
        Assert.Equal("2026-09-04T00:00:00Z", importer.ReadCursor(ContractsFinderCollector.Source));
        Assert.Null(CollectorLease.Read(database.Target));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunRound_TwoCollectorsRacing_OnlyOneFetchesAndEveryReleaseIsStoredOnce(string provider)
    {
        // Arrange: the winner's first request is held at the server until the loser's round is over.
        using var replay = new ReplayApis();
        using var database = TestDatabase.Create(provider);
        DatabaseMigrator.EnsureReady(database.Target);
        using var http = new HttpClient();
        var clock = new FakeTimeProvider(ReplayApis.Now);
        using var gate = new ManualResetEventSlim();
        replay.Hold = key =>
        {
            if (replay.Requests.Count == 1)
            {
                gate.Wait(Patience, TestContext.Current.CancellationToken);
            }

            return null;
        };
        var a = new LiveCollector(database.Target, http, replay.Options("node-a/1/aaaa"), clock, _ => { });
        var b = new LiveCollector(database.Target, http, replay.Options("node-b/2/bbbb"), clock, _ => { });
        var clean = await CleanRunAsync(provider);

        // Act
        var rounds = new[] { Task.Run(() => a.RunRoundAsync(TestContext.Current.CancellationToken)), Task.Run(() => b.RunRoundAsync(TestContext.Current.CancellationToken)) };
        var loser = await await Task.WhenAny(rounds);
        gate.Set();
        var both = await Task.WhenAll(rounds);
        var winner = both.Single(r => r != loser);

        // Assert
        Assert.False(loser.Acquired);
        Assert.Equal(winner.Holder, loser.HeldBy!.Holder);
        Assert.True(winner.Acquired);
        Assert.Equal(6, replay.Requests.Count);
        Assert.Equal(replay.Requests.Count, replay.Requests.Distinct().Count());
        Assert.Equal(0, winner.Sources.Sum(s => s.Result!.Skipped));
        Assert.Equal(clean, StoreSnapshot.Take(database.Target));
        Assert.Null(CollectorLease.Read(database.Target));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunRound_KilledWhileThePageIsInFlight_RerunGivesTheCleanStoreWithNothingTwice(string provider)
    {
        // Arrange: the second Find a Tender window's answer is held at the server; the collector is stopped meanwhile.
        using var replay = new ReplayApis();
        using var database = TestDatabase.Create(provider);
        using var http = new HttpClient();
        var clock = new FakeTimeProvider(ReplayApis.Now);
        using var held = new ManualResetEventSlim();
        using var gate = new ManualResetEventSlim();
        replay.Hold = key =>
        {
            if (key != ReplayApis.SecondWindow || held.IsSet)
            {
                return null;
            }

            held.Set();
            gate.Wait(Patience, TestContext.Current.CancellationToken);
            return HttpReply.Dropped();
        };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var clean = await CleanRunAsync(provider);

        // Act
        var killed = Task.Run(() => new LiveCollector(database.Target, http, replay.Options("node-a/1/aaaa"), clock, _ => { }).RunRoundAsync(stop.Token));
        Assert.True(held.Wait(Patience, TestContext.Current.CancellationToken));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => killed);
        gate.Set();
        var storedBefore = database.Statistics().Releases;
        var rerun = await new LiveCollector(database.Target, http, replay.Options("node-b/2/bbbb"), clock, _ => { }).RunRoundAsync(TestContext.Current.CancellationToken);

        // Assert: only the first window was stored; the rerun resumed at the second and fetched nothing twice.
        Assert.Equal(3, storedBefore);
        Assert.True(rerun.Acquired);
        Assert.Equal(0, rerun.Sources.Sum(s => s.Result!.Skipped));
        Assert.Equal(1, replay.Requests.Count(r => r == "fts 2026-09-03T01:00:00"));
        Assert.Equal(clean, StoreSnapshot.Take(database.Target));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunRound_LeaseTakenOverAfterThePageWasFetched_StopsAndItsImportIsRolledBack(string provider)
    {
        // Arrange: while the second window is answered, the collector's lease lapses and another collector takes it.
        using var replay = new ReplayApis();
        using var database = TestDatabase.Create(provider);
        using var http = new HttpClient();
        var clock = new FakeTimeProvider(ReplayApis.Now);
        var options = replay.Options("node-a/1/aaaa");
        var rival = new CollectorLease(database.Target, "node-b/2/bbbb", options.LeaseTimeToLive, clock);
        var takenOver = false;
        replay.Hold = key =>
        {
            if (key == ReplayApis.SecondWindow && !takenOver)
            {
                takenOver = true;
                clock.Advance(options.LeaseTimeToLive);
                Assert.True(rival.TryAcquire());
            }

            return null;
        };
        var clean = await CleanRunAsync(provider);

        // Act
        var stopped = await new LiveCollector(database.Target, http, options, clock, _ => { }).RunRoundAsync(TestContext.Current.CancellationToken);
        var storedBefore = database.Statistics().Releases;
        var refused = await new LiveCollector(database.Target, http, replay.Options("node-c/3/cccc"), clock, _ => { }).RunRoundAsync(TestContext.Current.CancellationToken);
        rival.Release();
        var rerun = await new LiveCollector(database.Target, http, replay.Options("node-c/3/cccc"), clock, _ => { }).RunRoundAsync(TestContext.Current.CancellationToken);

        // Assert
        Assert.NotNull(stopped.LeaseLost);
        Assert.Contains("node-a/1/aaaa", stopped.LeaseLost, StringComparison.Ordinal);
        Assert.Equal(3, storedBefore);
        Assert.False(refused.Acquired);
        Assert.Equal("node-b/2/bbbb", refused.HeldBy!.Holder);
        Assert.True(rerun.Acquired);
        Assert.Equal(0, rerun.Sources.Sum(s => s.Result!.Skipped));
        Assert.Equal(clean, StoreSnapshot.Take(database.Target));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunRound_HolderDied_IsRefusedUntilItsTimeToLiveThenTakesOver(string provider)
    {
        // Arrange: a collector took the lease and died without releasing it.
        using var replay = new ReplayApis();
        using var database = TestDatabase.Create(provider);
        using var http = new HttpClient();
        var clock = new FakeTimeProvider(ReplayApis.Now);
        var options = replay.Options("node-b/2/bbbb");
        Assert.True(new CollectorLease(database.Target, "node-a/1/dead", options.LeaseTimeToLive, clock).TryAcquire());
        var collector = new LiveCollector(database.Target, http, options, clock, _ => { });
        var clean = await CleanRunAsync(provider);

        // Act
        clock.Advance(options.LeaseTimeToLive - TimeSpan.FromSeconds(1));
        var refused = await collector.RunRoundAsync(TestContext.Current.CancellationToken);
        var requestsWhileRefused = replay.Requests.Count;
        clock.Advance(TimeSpan.FromSeconds(1));
        var taken = await collector.RunRoundAsync(TestContext.Current.CancellationToken);

        // Assert
        Assert.False(refused.Acquired);
        Assert.Equal("node-a/1/dead", refused.HeldBy!.Holder);
        Assert.Equal(0, requestsWhileRefused);
        Assert.True(taken.Acquired);
        Assert.Equal(clean, StoreSnapshot.Take(database.Target));
    }

    /// <summary>What one collector, alone and never interrupted, stores on a fresh database of the same engine.</summary>
    private static async Task<string> CleanRunAsync(string provider)
    {
        using var replay = new ReplayApis();
        using var database = TestDatabase.Create(provider);
        using var http = new HttpClient();
        var round = await new LiveCollector(database.Target, http, replay.Options("clean/0/0000"), new FakeTimeProvider(ReplayApis.Now), _ => { })
            .RunRoundAsync(TestContext.Current.CancellationToken);
        Assert.True(round.Acquired && !round.Failed);
        return StoreSnapshot.Take(database.Target);
    }
}
