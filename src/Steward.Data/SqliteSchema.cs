using Microsoft.Data.Sqlite;

namespace Steward.Data;

/// <summary>
/// A new SQLite store made in one transaction from the schema its migrations build (<c>Migrations/sqlite-schema.sql</c>,
/// written by a test from a store EF Core migrated, and checked against one on every test run), instead of through EF
/// Core: running sixteen migrations costs a new store about a second, nearly all of it compiling each migration's model
/// (docs/performance.md), where the script takes a few milliseconds. A store made this way holds exactly what a
/// migrated one does, its migrations table included, so later migrations apply to it as usual; a script that lags
/// behind the migrations still makes a correct store, since <see cref="DatabaseMigrator"/> then applies the rest.
/// </summary>
internal static class SqliteSchema
{
    public const string ResourceName = "Steward.Data.Migrations.sqlite-schema.sql";

    /// <summary>
    /// A new store's page size: 16 KiB rather than SQLite's 4 KiB. A first import writes the same bytes as a quarter as
    /// many pages, so with a quarter of the calls into the file system, and its trees are shallower: the 50,000-release
    /// import about 9% faster for a file 9% larger, the portal's pages as fast (docs/performance.md, "16 KiB pages for
    /// a new store"). A store made before keeps the size it was made with.
    /// </summary>
    public const int PageSize = 16_384;

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(SqliteSchema).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"the resource {ResourceName} is missing from {typeof(SqliteSchema).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>
    /// Creates the schema when the store holds nothing at all (a file just created, or empty); returns whether it did.
    /// The check and the creation are one write transaction, so of two commands creating one store, one creates it.
    /// </summary>
    public static bool CreateIfBlank(DatabaseTarget target)
    {
        var builder = new SqliteConnectionStringBuilder(target.ConnectionString) { Pooling = false };
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode is SqliteOpenMode.Memory or SqliteOpenMode.ReadOnly)
        {
            return false;
        }

        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using (var pageSize = connection.CreateCommand())
        {
            // Applies only to a file with nothing in it yet (SQLite ignores it once the store has pages): see PageSize.
            pageSize.CommandText = $"PRAGMA page_size={PageSize}";
            pageSize.ExecuteNonQuery();
        }

        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT count(*) FROM sqlite_master";
            if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0)
            {
                return false;
            }

            command.CommandText = Script.Value;
            command.ExecuteNonQuery();
            transaction.Commit();
        }

        using var journal = connection.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode=WAL";
        journal.ExecuteNonQuery();
        return true;
    }
}
