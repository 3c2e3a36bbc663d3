using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Steward.Data.Ingest;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;

namespace Steward.Data.Tests.Ingest;

public sealed class DatabaseFaultTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Open_DatabaseFromANewerSteward_IsRefusedClearly(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        DatabaseMigrator.Migrate(database.Target);
        using (var context = database.Context())
        {
            context.Database.ExecuteSqlRaw("""INSERT INTO "__EFMigrationsHistory" (migration_id, product_version) VALUES ('29991231000000_FromTheFuture', '99.0')""");
        }

        // Act
        var error = Assert.Throws<DatabaseUnavailableException>(() => StewardImporter.Open(database.Target, Clock));

        // Assert
        Assert.Contains("newer version of Steward", error.Message, StringComparison.Ordinal);
        Assert.Contains("29991231000000_FromTheFuture", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SqliteFileLockedByAnotherWriter_SaysItIsLockedAndStoresNothing()
    {
        // Arrange
        using var database = TestDatabase.Sqlite();
        DatabaseMigrator.Migrate(database.Target);
        using var other = new SqliteConnection(database.Target.ConnectionString);
        other.Open();
        using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            begin.ExecuteNonQuery();
        }

        // Act
        var error = Assert.Throws<DatabaseUnavailableException>(() =>
        {
            using var importer = StewardImporter.Open(database.Target, Clock);
            importer.Import(SharedData.Ocds("fts/fts_032703-2026_UK4-tender_2026-04-10.json"));
        });
        using (var rollback = other.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }

        // Assert
        Assert.Contains("locked", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, database.Statistics().Releases);
    }

    [Fact]
    public void Import_PostgresServerGoesAwayMidImport_StoresNothingAndSaysSo()
    {
        // Arrange
        using var database = TestDatabase.Postgres();
        using var importer = StewardImporter.Open(database.Target, Clock);
        using var folder = new TempFolder();
        var lines = Enumerable.Range(0, 2000).Select(i => Release($"ocds-abc123-{i}", "r1", "2025-01-01T00:00:00Z", $$""" "tender":{"id":"t","description":"{{new string('x', 500)}}"} """));
        var path = folder.Write("big.jsonl", Lines(lines.ToArray()));
        var progress = new KillOnFirstProgress(database.Target.ConnectionString);

        // Act
        var error = Assert.ThrowsAny<Exception>(() => importer.Import(path, progress));

        // Assert
        Assert.True(progress.Killed);
        Assert.True(error is DatabaseUnavailableException, error.ToString());
        Assert.Contains("big.jsonl", error.Message + error.InnerException?.Message, StringComparison.Ordinal);
        NpgsqlConnection.ClearAllPools();
        Assert.Equal(0, database.Statistics().Releases);
    }

    /// <summary>Terminates every other connection to the database once reading has begun: the server "goes away".</summary>
    private sealed class KillOnFirstProgress(string connectionString) : IImportProgress
    {
        public bool Killed { get; private set; }

        public void Started(string source, long? length)
        {
        }

        public void Reading(long bytes, long releases)
        {
            if (Killed || releases < 500)
            {
                return;
            }

            Killed = true;
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()";
            command.ExecuteNonQuery();
        }

        public void Compiling(long done, long total)
        {
        }

        public void Finished(ImportResult result)
        {
        }
    }
}
