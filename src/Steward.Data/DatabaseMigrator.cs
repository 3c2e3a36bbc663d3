using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Steward.Data;

/// <summary>
/// Applies and checks the store's migrations (conventions C12: explicit, never at web start in production). An
/// embedded SQLite file is migrated when a command first uses it; PostgreSQL waits for <c>steward db migrate</c>.
/// </summary>
public static class DatabaseMigrator
{
    /// <summary>Applies every pending migration; returns the ones applied.</summary>
    /// <exception cref="DatabaseUnavailableException">The database is newer than this Steward, locked or unreachable.</exception>
    public static IReadOnlyList<string> Migrate(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Guard(target, () =>
        {
            var created = target.Provider == DatabaseProvider.Sqlite && SqliteSchema.CreateIfBlank(target);
            if (created && MigrationHistory.IsCurrent(target))
            {
                // A new file, made from the schema script with every migration recorded (EF Core's check would say the same).
                return MigrationHistory.KnownMigrations(typeof(SqliteStewardDbContext)).Order(StringComparer.Ordinal).ToList();
            }

            using var context = StewardDatabase.CreateContext(target);
            RefuseNewer(target, context);
            var pending = context.Database.GetPendingMigrations().ToList();
            context.Database.Migrate();
            if (target.Provider == DatabaseProvider.Sqlite)
            {
                // Readers (the portal) and one writer (an import) at once.
                context.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
            }

            return created ? context.Database.GetMigrations().ToList() : pending;
        });
    }

    /// <summary>Stores found ready by this process: checking costs a context and queries, and a portal asks on every request.</summary>
    private static readonly ConcurrentDictionary<string, bool> Ready = new(StringComparer.Ordinal);

    /// <summary>
    /// Makes sure the store can be used: SQLite is created or migrated as needed; PostgreSQL must be migrated already.
    /// Once a store is found ready, later calls in the same process return at once.
    /// </summary>
    /// <exception cref="DatabaseUnavailableException">It cannot be used, with what to do.</exception>
    public static void EnsureReady(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (Ready.ContainsKey(target.ConnectionString))
        {
            return;
        }

        Check(target);
        Ready[target.ConnectionString] = true;
    }

    private static void Check(DatabaseTarget target)
    {
        if (MigrationHistory.IsCurrent(target))
        {
            return;
        }

        if (target.Provider == DatabaseProvider.Sqlite)
        {
            Migrate(target);
            return;
        }

        Guard(target, () =>
        {
            using var context = StewardDatabase.CreateContext(target);
            RefuseNewer(target, context);
            var pending = context.Database.GetPendingMigrations().ToList();
            if (pending.Count > 0)
            {
                throw new DatabaseUnavailableException(
                    $"{target}: the database needs {pending.Count} migration(s) ({string.Join(", ", pending)}); run `steward db migrate --db ...` first");
            }

            return 0;
        });
    }

    private static void RefuseNewer(DatabaseTarget target, StewardDbContext context)
    {
        var known = context.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = context.Database.GetAppliedMigrations().Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new DatabaseUnavailableException(
                $"{target}: the database was written by a newer version of Steward (migration {unknown[^1]}); use that version, or a new database");
        }
    }

    /// <summary>Runs <paramref name="action"/>, turning the database faults people meet into plain messages.</summary>
    public static T Guard<T>(DatabaseTarget target, Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return action();
        }
        catch (DbException exception) when (Plain(target, exception) is { } plain)
        {
            throw plain;
        }
    }

    /// <summary><see cref="Guard{T}"/> for asynchronous work.</summary>
    public static async Task<T> GuardAsync<T>(DatabaseTarget target, Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (DbException exception) when (Plain(target, exception) is { } plain)
        {
            throw plain;
        }
    }

    /// <summary>The plain message for a database fault people meet, or null for any other (a bug, to surface as it is).</summary>
    private static DatabaseUnavailableException? Plain(DatabaseTarget target, DbException exception) => exception switch
    {
        SqliteException { SqliteErrorCode: 5 or 6 } => new DatabaseUnavailableException(
            $"{target}: the database is locked by another process (an import, or the portal writing); try again when it has finished", exception),
        SqliteException { SqliteErrorCode: 26 or 11 } => new DatabaseUnavailableException($"{target}: this file is not a Steward (SQLite) database, or it is damaged", exception),
        SqliteException { SqliteErrorCode: 14 } => new DatabaseUnavailableException($"{target}: the database file cannot be opened or created (does its folder exist?)", exception),
        NpgsqlException { InnerException: System.Net.Sockets.SocketException or IOException or TimeoutException } => new DatabaseUnavailableException(
            $"{target}: the PostgreSQL server cannot be reached or went away ({exception.InnerException!.Message})", exception),
        PostgresException { SqlState: "28P01" or "28000" or "3D000" } postgres => new DatabaseUnavailableException($"{target}: {postgres.MessageText}", exception),
        NpgsqlException { IsTransient: true } => new DatabaseUnavailableException($"{target}: the PostgreSQL server went away ({exception.Message})", exception),
        _ => null,
    };
}
