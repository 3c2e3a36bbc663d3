using System.Text;
using Microsoft.Extensions.Time.Testing;
using Steward.Data.Collect;
using Steward.Data.Ingest;
using Steward.Testing;

namespace Steward.Data.Tests.Collect;

/// <summary>The collector lease in <c>collector_leases</c>, on both engines, on a fake clock.</summary>
public sealed class CollectorLeaseTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(5);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void TryAcquire_FreeThenHeld_FirstTakesItSecondIsRefusedAndToldWho(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var clock = new FakeTimeProvider(ReplayApis.Now);
        var first = new CollectorLease(database.Target, "node-a/1/aaaa", Ttl, clock);
        var second = new CollectorLease(database.Target, "node-b/2/bbbb", Ttl, clock);

        // Act
        var firstTook = first.TryAcquire();
        clock.Advance(Ttl - TimeSpan.FromSeconds(1));
        var secondTook = second.TryAcquire();
        var firstAgain = first.TryAcquire();

        // Assert
        Assert.True(firstTook);
        Assert.False(secondTook);
        Assert.True(firstAgain);
        var holding = CollectorLease.Read(database.Target);
        Assert.Equal("node-a/1/aaaa", holding!.Holder);
        Assert.Equal(ReplayApis.Now, holding.AcquiredAt);
        Assert.Equal(clock.GetUtcNow() + Ttl, holding.ExpiresAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void TryAcquire_HolderDiedAndTheTimeToLivePassed_IsTakenOverAndTheDeadHoldersRenewalFails(string provider)
    {
        // Arrange: the first holder takes the lease and is never heard from again.
        using var database = TestDatabase.Create(provider);
        var clock = new FakeTimeProvider(ReplayApis.Now);
        var dead = new CollectorLease(database.Target, "node-a/1/dead", Ttl, clock);
        var next = new CollectorLease(database.Target, "node-b/2/next", Ttl, clock);
        Assert.True(dead.TryAcquire());

        // Act
        clock.Advance(Ttl);
        var tookOver = next.TryAcquire();
        var renewal = Assert.Throws<CollectorLeaseLostException>(dead.Renew);
        var deadRetakes = dead.TryAcquire();

        // Assert
        Assert.True(tookOver);
        Assert.Contains("node-b/2/next", renewal.Message, StringComparison.Ordinal);
        Assert.False(deadRetakes);
        Assert.Equal("node-b/2/next", CollectorLease.Read(database.Target)!.Holder);
        Assert.Equal(clock.GetUtcNow(), CollectorLease.Read(database.Target)!.AcquiredAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Renew_BeforeExpiry_KeepsTheLeaseFromATakeOver(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var clock = new FakeTimeProvider(ReplayApis.Now);
        var holder = new CollectorLease(database.Target, "node-a/1/aaaa", Ttl, clock);
        var rival = new CollectorLease(database.Target, "node-b/2/bbbb", Ttl, clock);
        Assert.True(holder.TryAcquire());

        // Act: renewed every four minutes, the five-minute lease never lapses.
        var refused = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(4));
            holder.Renew();
            refused.Add(!rival.TryAcquire());
        }

        // Assert
        Assert.All(refused, Assert.True);
        Assert.Equal(clock.GetUtcNow() + Ttl, CollectorLease.Read(database.Target)!.ExpiresAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Release_ByItsHolder_FreesItAtOnceButAnotherCannotReleaseIt(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var clock = new FakeTimeProvider(ReplayApis.Now);
        var holder = new CollectorLease(database.Target, "node-a/1/aaaa", Ttl, clock);
        var rival = new CollectorLease(database.Target, "node-b/2/bbbb", Ttl, clock);
        Assert.True(holder.TryAcquire());

        // Act
        rival.Release();
        var heldAfterRivalsRelease = CollectorLease.Read(database.Target)?.Holder;
        holder.Release();
        var freed = CollectorLease.Read(database.Target);
        var rivalTook = rival.TryAcquire();

        // Assert
        Assert.Equal("node-a/1/aaaa", heldAfterRivalsRelease);
        Assert.Null(freed);
        Assert.True(rivalTook);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TryAcquire_ManyAtOnce_ExactlyOneHolds(string provider)
    {
        // Arrange: eight collectors ask for a lease nobody has held, at the same moment.
        using var database = TestDatabase.Create(provider);
        DatabaseMigrator.EnsureReady(database.Target);
        var clock = new FakeTimeProvider(ReplayApis.Now);
        var leases = Enumerable.Range(0, 8).Select(i => new CollectorLease(database.Target, $"node/{i}/x", Ttl, clock)).ToList();
        using var start = new ManualResetEventSlim();

        // Act
        var attempts = leases.Select(lease => Task.Run(() =>
        {
            start.Wait(TestContext.Current.CancellationToken);
            return lease.TryAcquire();
        })).ToList();
        start.Set();
        var taken = await Task.WhenAll(attempts);

        // Assert
        Assert.Single(taken, t => t);
        Assert.Equal(leases[Array.IndexOf(taken, true)].Holder, CollectorLease.Read(database.Target)!.Holder);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_WithAClaimOnALeaseTakenOver_IsRolledBackWithItsCursor(string provider)
    {
        // Arrange: the page was fetched under a lease that has since been taken over.
        using var database = TestDatabase.Create(provider);
        var clock = new FakeTimeProvider(ReplayApis.Now);
        var holder = new CollectorLease(database.Target, "node-a/1/aaaa", Ttl, clock);
        Assert.True(holder.TryAcquire());
        var claim = holder.Claim();
        clock.Advance(Ttl);
        Assert.True(new CollectorLease(database.Target, "node-b/2/bbbb", Ttl, clock).TryAcquire());
        using var importer = StewardImporter.Open(database.Target, clock);
        var page = Encoding.UTF8.GetBytes("""{"releases":[{"ocid":"ocds-h6vhtk-000001","id":"1","date":"2026-09-03T10:00:00Z","tag":["tender"]}]}""");

        // Act
        var error = Assert.Throws<CollectorLeaseLostException>(() =>
            importer.Import(new MemoryStream(page), "page", cursor: new CollectorCursor(FindATenderCollector.Source, "2026-09-03T06:00:00Z") { Lease = claim }));

        // Assert
        Assert.Contains("node-a/1/aaaa", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, database.Statistics().Releases);
        Assert.Null(importer.ReadCursor(FindATenderCollector.Source));
        Assert.Equal("node-b/2/bbbb", CollectorLease.Read(database.Target)!.Holder);
    }
}
