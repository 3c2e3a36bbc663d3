using Npgsql;

namespace Steward.Data.Ingest;

/// <summary>
/// Takes tables of an empty PostgreSQL store alone (ACCESS EXCLUSIVE) inside an import's transaction, before it drops
/// their indexes or foreign keys to write faster (<see cref="DeferredIndexes"/>, <see cref="DirectReleases"/>): readers
/// then wait until the import commits, as they do on SQLite, and see the store whole. It waits at most
/// <see cref="Wait"/> for readers to finish; when one holds on longer, or waiting would deadlock with one, the
/// transaction is left as it was and the import writes the usual way.
/// </summary>
internal static class PostgresTableLock
{
    private const string Savepoint = "table_lock";

    /// <summary>How long an import waits for the tables' readers before it writes the usual way instead.</summary>
    internal static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    /// <summary>For tests: another wait than <see cref="Wait"/> for imports on this logical thread.</summary>
    internal static readonly AsyncLocal<TimeSpan?> WaitForTests = new();

    /// <summary>True when the import now holds every one of <paramref name="tables"/> alone.</summary>
    public static bool TryTake(StoreSession session, IEnumerable<string> tables) =>
        session.TryInSavepoint(Savepoint, () =>
            {
                session.Execute($"SET LOCAL lock_timeout = {(long)(WaitForTests.Value ?? Wait).TotalMilliseconds}");
                session.Execute($"LOCK TABLE {string.Join(", ", tables)} IN ACCESS EXCLUSIVE MODE");
                session.Execute("SET LOCAL lock_timeout = DEFAULT");
            },
            // Rolled back to the savepoint, the lock timeout's setting goes with it.
            exception => exception is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.DeadlockDetected });
}
