using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

namespace Steward.Data.Ingest;

/// <summary>
/// The first import of a store (one that holds no releases: a new file, the whole record at once) writes its
/// releases straight into <c>releases</c>, without staging them: there is nothing stored to compare them with, so
/// every release is new, and the input's JSON is not copied a second time (0.7 s of a 50,000-release import on
/// SQLite, docs/performance.md). The unique index on (ocid, release key) is dropped meanwhile and built again after
/// the rows, by sorting them, as <see cref="DeferredIndexes"/> does for the analytic tables; rows inserted into it in
/// the input's order cost more than the copy saved on the whole record. A key the input holds more than once keeps its
/// last copy, where that copy was read, as <see cref="ReleaseApplier.Apply"/> does. All of it is inside the import's
/// transaction: a failure leaves the store as it was, index and all. On PostgreSQL only once the import holds the
/// table alone (<see cref="PostgresTableLock"/>); otherwise it stages.
/// </summary>
internal sealed class DirectReleases
{
    private const string KeyIndex = "ix_releases_ocid_release_key";

    private readonly StoreSession _session;
    private readonly string _definition;

    private DirectReleases(StoreSession session, string definition)
    {
        _session = session;
        _definition = definition;
    }

    /// <summary>The way to write this import's releases straight into <c>releases</c>, or null when it stages them.</summary>
    public static DirectReleases? For(StoreSession session)
    {
        if (session.Scalar("SELECT count(*) FROM (SELECT 1 FROM releases LIMIT 1) r") != 0 ||
            (session.Provider == DatabaseProvider.Postgres && !PostgresTableLock.TryTake(session, ["releases"])))
        {
            return null;
        }

        using var command = session.Provider == DatabaseProvider.Sqlite
            ? session.Command("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = @p0", KeyIndex)
            : session.Command("SELECT pg_get_indexdef(c.oid) FROM pg_class c WHERE c.relname = @p0 AND c.relnamespace = current_schema()::regnamespace", KeyIndex);
        return command.ExecuteScalar() is string definition ? new DirectReleases(session, definition) : null;
    }

    /// <summary>Drops the key index; returns the sink the releases go into: (ocid, key, date, tags, hash, JSON, source, imported at).</summary>
    public ITableSink Open()
    {
        _session.Execute($"DROP INDEX {KeyIndex}");
        return _session.Open("releases", "ocid", "release_key", "date", "tags", "hash", "json", "source", "imported_at");
    }

    /// <summary>
    /// After the rows: builds the key index again, first taking out every copy of a key but its last when the input
    /// held one twice; marks every process affected; returns (new, changed, skipped) as <see cref="ReleaseApplier.Apply"/> counts them.
    /// </summary>
    public (long New, long Changed, long Skipped) Finish(long staged)
    {
        if (!TryBuildKeyIndex())
        {
            _session.Execute("""
                DELETE FROM releases WHERE id IN (
                    SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY ocid, release_key ORDER BY id DESC) AS copy FROM releases) c
                    WHERE copy > 1)
                """);
            _session.Execute(_definition);
        }

        ReleaseApplier.AffectAll(_session);
        var stored = _session.Scalar("SELECT count(*) FROM releases");
        return (stored, 0, staged - stored);
    }

    /// <summary>Builds the key index; false, with the transaction going on, when the input held a key twice.</summary>
    private bool TryBuildKeyIndex()
    {
        if (_session.Provider == DatabaseProvider.Sqlite)
        {
            try
            {
                _session.Execute(_definition);
                return true;
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode == raw.SQLITE_CONSTRAINT)
            {
                return false; // the failed statement is undone alone
            }
        }

        // A failed statement aborts a PostgreSQL transaction, so the attempt has a savepoint of its own.
        return _session.TryInSavepoint(KeyIndex, () => _session.Execute(_definition),
            exception => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation });
    }
}
