using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Steward.Data;

/// <summary>
/// The quick answer to "is this store exactly at this Steward's migrations?", read from the migrations table with a
/// plain connection. Building a context and asking it costs over a second of a command's start (the model, the
/// migrations services and their compiling), which every import, collector round and portal node paid; when the
/// answer is not a plain yes, <see cref="DatabaseMigrator"/> asks the context as before, with its messages.
/// </summary>
internal static class MigrationHistory
{
    private const string Table = "__EFMigrationsHistory";

    private static readonly ConcurrentDictionary<Type, HashSet<string>> Known = new();

    /// <summary>
    /// True when the store's applied migrations are exactly the ones this Steward knows (and, on SQLite, it is in WAL
    /// mode); false for anything else, including a store that does not exist yet or cannot be read.
    /// </summary>
    public static bool IsCurrent(DatabaseTarget target)
    {
        var known = KnownMigrations(target.Provider == DatabaseProvider.Sqlite ? typeof(SqliteStewardDbContext) : typeof(PostgresStewardDbContext));
        try
        {
            using DbConnection connection = target.Provider == DatabaseProvider.Sqlite
                ? new SqliteConnection(new SqliteConnectionStringBuilder(target.ConnectionString) { Mode = SqliteOpenMode.ReadWrite }.ToString())
                : new NpgsqlConnection(target.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = target.Provider == DatabaseProvider.Sqlite
                ? $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{Table}'"
                : $"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{Table}'";
            if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return false;
            }

            command.CommandText = $"SELECT migration_id FROM \"{Table}\"";
            var applied = new HashSet<string>(StringComparer.Ordinal);
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    applied.Add(reader.GetString(0));
                }
            }

            if (!applied.SetEquals(known))
            {
                return false;
            }

            if (target.Provider == DatabaseProvider.Sqlite)
            {
                command.CommandText = "PRAGMA journal_mode";
                return string.Equals(command.ExecuteScalar() as string, "wal", StringComparison.OrdinalIgnoreCase);
            }

            return true;
        }
        catch (DbException)
        {
            // Missing, locked, not a database, unreachable: the context's check says which, in its own words.
            return false;
        }
    }

    /// <summary>The ids of the migrations compiled into this Steward for <paramref name="context"/>, as EF Core finds them.</summary>
    internal static HashSet<string> KnownMigrations(Type context) => Known.GetOrAdd(context, type => typeof(MigrationHistory).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == type)
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal));
}
