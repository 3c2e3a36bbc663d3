using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Steward.Testing;

namespace Steward.Data.Tests;

/// <summary>
/// A new SQLite store is made from <c>src/Steward.Data/Migrations/sqlite-schema.sql</c> (<see cref="SqliteSchema"/>), not
/// through EF Core's migrations: the script must be exactly what the migrations build, and a store made from it must
/// hold exactly what a migrated store holds. After adding a migration, write the script again with
/// <c>STEWARD_WRITE_SCHEMA=1 dotnet test --project tests/Steward.Data.Tests -- --filter-class "*SqliteSchemaTests"</c>, build, and commit it.
/// </summary>
public sealed class SqliteSchemaTests
{
    private const string WriteVariable = "STEWARD_WRITE_SCHEMA";

    [Fact]
    public void TheScript_IsWhatTheMigrationsBuild()
    {
        // Arrange: a store migrated by EF Core itself, and the script compiled in.
        using var migrated = MigratedByEfCore();
        var expected = Script(migrated.Target);
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            File.WriteAllText(SourcePath(), expected, new UTF8Encoding(false));
        }

        // Act
        var embedded = EmbeddedScript();

        // Assert
        Assert.True(expected == embedded,
            $"src/Steward.Data/Migrations/sqlite-schema.sql is not what the migrations build; run `{WriteVariable}=1 dotnet test --project " +
            "tests/Steward.Data.Tests -- --filter-class \"*SqliteSchemaTests\"`, then build and commit it");
    }

    [Fact]
    public void ANewStore_MadeFromTheScript_HoldsExactlyWhatAMigratedStoreHolds_AndIsCurrent()
    {
        // Arrange
        using var migrated = MigratedByEfCore();
        using var folder = new TempFolder();
        var target = DatabaseTarget.Parse(folder.File("new.db"));

        // Act
        var applied = DatabaseMigrator.Migrate(target);

        // Assert: every migration reported, the store current (WAL included), and its schema and rows the migrated store's.
        using var context = StewardDatabase.CreateContext(target);
        Assert.Equal(context.Database.GetMigrations().Order(StringComparer.Ordinal), applied.Order(StringComparer.Ordinal));
        Assert.Empty(context.Database.GetPendingMigrations());
        Assert.True(MigrationHistory.IsCurrent(target));
        Assert.Equal(Contents(migrated.Target), Contents(target));
        Assert.Equal((long)SqliteSchema.PageSize, PageSize(target));
    }

    [Fact]
    public void AStoreThatHoldsAnything_IsNotMadeAgain()
    {
        // Arrange: a file with one table of its own.
        using var folder = new TempFolder();
        var target = DatabaseTarget.Parse(folder.File("other.db"));
        using (var connection = new SqliteConnection(target.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes (text TEXT)";
            command.ExecuteNonQuery();
        }

        // Act
        var created = SqliteSchema.CreateIfBlank(target);

        // Assert: untouched, its page size SQLite's default still (a store's page size is fixed by its first page).
        Assert.False(created);
        using var check = new SqliteConnection(target.ConnectionString);
        check.Open();
        using var count = check.CreateCommand();
        count.CommandText = "SELECT count(*) FROM sqlite_master";
        Assert.Equal(1L, count.ExecuteScalar());
        Assert.Equal(4096L, PageSize(target));
        SqliteConnection.ClearAllPools();
    }

    private static long PageSize(DatabaseTarget target)
    {
        using var connection = new SqliteConnection(target.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        return (long)command.ExecuteScalar()!;
    }

    private static TestDatabase MigratedByEfCore()
    {
        var database = TestDatabase.Sqlite();
        using var context = StewardDatabase.CreateContext(database.Target);
        context.Database.Migrate();
        SqliteConnection.ClearAllPools();
        return database;
    }

    private static string EmbeddedScript()
    {
        using var stream = typeof(SqliteSchema).Assembly.GetManifestResourceStream(SqliteSchema.ResourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string SourcePath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Steward.slnx")))
            {
                return Path.Combine(folder.FullName, "src", "Steward.Data", "Migrations", "sqlite-schema.sql");
            }
        }

        throw new InvalidOperationException("the repository (Steward.slnx) was not found above the tests' folder");
    }

    /// <summary>
    /// The script that makes <paramref name="target"/> again: its tables (virtual ones without the shadow tables they make
    /// themselves), then indexes, views and triggers, each in the order it was made, then the rows of every table that has
    /// any (the migrations table, <c>sqlite_sequence</c>).
    /// </summary>
    private static string Script(DatabaseTarget target)
    {
        using var connection = new SqliteConnection(target.ConnectionString);
        connection.Open();
        var shadow = Strings(connection, "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'shadow'").ToHashSet(StringComparer.Ordinal);
        var script = new StringBuilder()
            .Append("-- The schema of a new SQLite store, exactly as this Steward's migrations build it (Steward.Data.SqliteSchema).\n")
            .Append("-- Written by tests/Steward.Data.Tests/SqliteSchemaTests.cs; do not edit: after adding a migration, run\n")
            .Append($"-- {WriteVariable}=1 dotnet test --project tests/Steward.Data.Tests -- --filter-class \"*SqliteSchemaTests\"\n");
        foreach (var type in new[] { "table", "index", "view", "trigger" })
        {
            foreach (var (name, sql) in Pairs(connection, $"SELECT name, sql FROM sqlite_master WHERE type = '{type}' AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid"))
            {
                if (!shadow.Contains(name))
                {
                    script.Append(sql).Append(";\n");
                }
            }
        }

        foreach (var table in Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rowid"))
        {
            if (shadow.Contains(table))
            {
                continue;
            }

            foreach (var row in Rows(connection, table))
            {
                script.Append($"INSERT INTO \"{table}\" VALUES({row});\n");
            }
        }

        return script.ToString();
    }

    /// <summary>Everything a store holds, as comparable lines: every schema object, then every row of every real table (shadow tables included).</summary>
    private static List<string> Contents(DatabaseTarget target)
    {
        using var connection = new SqliteConnection(target.ConnectionString);
        connection.Open();
        var lines = Strings(connection, "SELECT type || '|' || name || '|' || tbl_name || '|' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name").ToList();
        foreach (var table in Strings(connection, "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'shadow') AND name NOT LIKE 'sqlite_schema' ORDER BY name"))
        {
            lines.AddRange(Rows(connection, table).Order(StringComparer.Ordinal).Select(row => $"{table}: {row}"));
        }

        SqliteConnection.ClearAllPools();
        return lines;
    }

    /// <summary>Each row of <paramref name="table"/> as SQL literals (SQLite's own <c>quote</c>), comma-separated.</summary>
    private static List<string> Rows(SqliteConnection connection, string table)
    {
        var columns = Strings(connection, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid").ToList();
        return Strings(connection, $"SELECT {string.Join(" || ',' || ", columns.Select(c => $"quote(\"{c}\")"))} FROM \"{table}\"").ToList();
    }

    private static IEnumerable<string> Strings(SqliteConnection connection, string sql) => Pairs(connection, sql, single: true).Select(p => p.Name);

    private static List<(string Name, string Sql)> Pairs(SqliteConnection connection, string sql, bool single = false)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var pairs = new List<(string, string)>();
        while (reader.Read())
        {
            pairs.Add((reader.GetString(0), single ? string.Empty : reader.GetString(1)));
        }

        return pairs;
    }
}
