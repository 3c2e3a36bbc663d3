using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Steward.Data.Collect;

/// <summary>
/// A lease in the store (table <c>collector_leases</c>) that lets one collector at a time work on it, however many
/// portal nodes and collectors share the database (docs/adr/0014). Taking it is one conditional <c>UPDATE</c> (held
/// by this holder, or expired) and, the first time, an <c>INSERT … ON CONFLICT DO NOTHING</c> on its primary key, so
/// two collectors can never both hold it; a unique violation counts as "not taken". Each page's import checks and
/// extends it in its own transaction (<see cref="Claim"/>), so a collector whose lease was taken over stores nothing.
/// Times come from the collector's <see cref="TimeProvider"/>: nodes' clocks are assumed to agree to within a few
/// seconds, far less than the time to live (a clock that runs ahead by S takes an expired lease over S early).
/// </summary>
public sealed class CollectorLease
{
    /// <summary>The one lease every live collector of a store shares.</summary>
    public const string DefaultName = "collect";

    /// <summary>Longer than any pause a collector makes between renewals (Contracts Finder's 5-minute wait when throttled).</summary>
    public static readonly TimeSpan DefaultTimeToLive = TimeSpan.FromMinutes(10);

    private readonly DatabaseTarget _target;
    private readonly TimeProvider _clock;

    public CollectorLease(DatabaseTarget target, string holder, TimeSpan timeToLive, TimeProvider clock, string name = DefaultName)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(clock);
        _target = target;
        _clock = clock;
        Holder = holder;
        TimeToLive = timeToLive;
        Name = name;
    }

    public string Name { get; }

    public string Holder { get; }

    public TimeSpan TimeToLive { get; }

    /// <summary>A holder id: machine name, process id and a random suffix (two collectors in one process differ).</summary>
    public static string NewHolder(string? suffix = null) =>
        $"{Environment.MachineName}/{Environment.ProcessId}/{suffix ?? RandomNumberGenerator.GetHexString(8, lowercase: true)}";

    /// <summary>Takes the lease (or renews it, if this holder has it) unless another holds it and it has not expired.</summary>
    /// <returns>False when another collector holds it, or when an SQLite store is locked by another writer.</returns>
    /// <exception cref="DatabaseUnavailableException">The database cannot be used.</exception>
    public bool TryAcquire()
    {
        DatabaseMigrator.EnsureReady(_target);
        var now = _clock.GetUtcNow().UtcDateTime;
        var expires = now + TimeToLive;
        try
        {
            return DatabaseMigrator.Guard(_target, () =>
            {
                using var context = StewardDatabase.CreateContext(_target);
                var updated = context.Database.ExecuteSql($"""
                    UPDATE collector_leases
                    SET acquired_at = CASE WHEN holder = {Holder} THEN acquired_at ELSE {now} END, holder = {Holder}, expires_at = {expires}
                    WHERE name = {Name} AND (holder = {Holder} OR expires_at <= {now})
                    """);
                return updated == 1 || context.Database.ExecuteSql($"""
                    INSERT INTO collector_leases (name, holder, acquired_at, expires_at) VALUES ({Name}, {Holder}, {now}, {expires})
                    ON CONFLICT (name) DO NOTHING
                    """) == 1;
            });
        }
        catch (Exception exception) when (exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } or SqliteException { SqliteErrorCode: 19 } ||
                                          exception is DatabaseUnavailableException { InnerException: SqliteException { SqliteErrorCode: 5 or 6 } })
        {
            // Another collector inserted it first, or is writing to the SQLite file now: not ours this time.
            return false;
        }
    }

    /// <summary>Extends the lease before a request; stops the collector if another has taken it over.</summary>
    /// <exception cref="CollectorLeaseLostException">Another collector holds it now.</exception>
    /// <exception cref="DatabaseUnavailableException">The database cannot be used.</exception>
    public void Renew()
    {
        var expires = _clock.GetUtcNow().UtcDateTime + TimeToLive;
        var renewed = DatabaseMigrator.Guard(_target, () =>
        {
            using var context = StewardDatabase.CreateContext(_target);
            return context.Database.ExecuteSql($"UPDATE collector_leases SET expires_at = {expires} WHERE name = {Name} AND holder = {Holder}");
        });
        if (renewed != 1)
        {
            var now = Read(_target, Name);
            throw new CollectorLeaseLostException(
                $"the collector lease '{Name}' was taken over by {now?.Holder ?? "another collector"} after this one's expired " +
                $"(a pause longer than its {TimeToLive.TotalSeconds:F0} s time to live); stopping");
        }
    }

    /// <summary>What each page's import checks and extends in its own transaction.</summary>
    public LeaseClaim Claim() => new(Name, Holder, _clock.GetUtcNow().UtcDateTime + TimeToLive);

    /// <summary>Gives the lease up, if this holder still has it, so that another collector can take it at once.</summary>
    /// <exception cref="DatabaseUnavailableException">The database cannot be used (the lease then expires on its own).</exception>
    public void Release() => DatabaseMigrator.Guard(_target, () =>
    {
        using var context = StewardDatabase.CreateContext(_target);
        return context.Database.ExecuteSql($"DELETE FROM collector_leases WHERE name = {Name} AND holder = {Holder}");
    });

    /// <summary>Who holds the lease <paramref name="name"/> (expired or not), or null when nobody does.</summary>
    public static LeaseHolding? Read(DatabaseTarget target, string name = DefaultName) => DatabaseMigrator.Guard(target, () =>
    {
        using var context = StewardDatabase.CreateContext(target);
        var row = context.CollectorLeases.AsNoTracking().FirstOrDefault(l => l.Name == name);
        return row is null ? null : new LeaseHolding(row.Holder, Utc(row.AcquiredAt), Utc(row.ExpiresAt));
    });

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
