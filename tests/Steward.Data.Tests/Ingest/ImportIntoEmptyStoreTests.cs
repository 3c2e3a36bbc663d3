using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Steward.Data.Demo;
using Steward.Data.Ingest;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;

namespace Steward.Data.Tests.Ingest;

/// <summary>
/// What a large first import does differently on SQLite (docs/performance.md, "A faster first import"): it builds the
/// analytic tables' secondary indexes after their rows, writes through a rollback journal instead of the write-ahead
/// log, and copies the log into the file beside the work that follows. None may change what is stored or what a
/// failure leaves.
/// </summary>
public sealed class ImportIntoEmptyStoreTests
{
    [Fact]
    public void DropIfEmpty_InATransactionRolledBack_LeavesEveryIndexAsItWas()
    {
        // Arrange and act
        var (before, deferred, during, after) = DropAndRollBack(DeferredIndexes.DropIfEmpty);

        // Assert: some were dropped (not the unique ones, nor those the import's deletes read), and all came back.
        Assert.NotNull(deferred);
        Assert.Contains("ix_processes_buyer_id", before.Keys);
        Assert.DoesNotContain("ix_processes_buyer_id", during);
        Assert.Contains("ix_search_texts_ocid", during);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Drop_TheSuppliersList_KeepsItsUniqueIndex_AndARollbackBringsEveryIndexBack()
    {
        // Arrange and act
        var (before, deferred, during, after) = DropAndRollBack(session => DeferredIndexes.Drop(session, Steward.Data.Figures.SupplierListWriter.Tables));

        // Assert: the list's sort indexes went; the unique one its deletes read, and every other table's, stayed.
        Assert.NotNull(deferred);
        Assert.DoesNotContain("ix_figure_suppliers_name_key_supplier_id", during);
        Assert.DoesNotContain("ix_figure_supplier_markets_market_value", during);
        Assert.Contains("ix_figure_suppliers_supplier_id", during);
        Assert.Contains("ix_processes_buyer_id", during);
        Assert.Equal(before, after);
    }

    [Fact]
    public void DropIfEmpty_AStoreWithProcesses_DropsNothing()
    {
        // Arrange
        using var database = TestDatabase.Sqlite();
        ImportText(database, Lines(Release("ocds-a-1", "r1", "2025-01-01T00:00:00Z")));
        using var connection = new SqliteConnection(database.Target.ConnectionString);
        connection.Open();
        using var session = new SqliteStoreSession(connection);

        // Act and assert
        Assert.Null(DeferredIndexes.DropIfEmpty(session));
    }

    [Fact]
    public void Import_IntoAnEmptyStore_StoresTheSameAsIntoOneWithARelease_AndKeepsEveryIndex()
    {
        // Arrange: the same demo releases, once into an empty store (indexes built after) and once into a store that
        // already holds an unrelated release (indexes kept up to date row by row).
        using var folder = new TempFolder();
        var path = folder.File("demo.jsonl");
        using (var output = File.Create(path))
        {
            new DemoDataGenerator(7).Write(output, 600);
        }

        using var empty = TestDatabase.Sqlite();
        using var held = TestDatabase.Sqlite();
        DatabaseMigrator.Migrate(empty.Target);
        var migrated = Indexes(empty);
        ImportText(held, Lines(Release("ocds-zzzzzz-1", "r1", "2025-01-01T00:00:00Z")));

        // Act
        ImportFile(empty, path);
        ImportFile(held, path);

        // Assert
        Assert.Equal(migrated, Indexes(empty));
        Assert.Equal(Rows(held, "processes WHERE ocid <> 'ocds-zzzzzz-1'"), Rows(empty, "processes"));
        Assert.Equal(Rows(held, "award_suppliers"), Rows(empty, "award_suppliers"));
        Assert.Equal(Rows(held, "records WHERE ocid <> 'ocds-zzzzzz-1'", "ocid, compiled"), Rows(empty, "records", "ocid, compiled"));
        // The suppliers list, its sort indexes built after its lines into the empty store.
        const string Listed = "supplier_id, name, name_key, scale, vcse, awards, award_value, framework_places, buyers, id_key, search";
        Assert.NotEmpty(Rows(empty, "figure_suppliers", Listed));
        Assert.Equal(Rows(held, "figure_suppliers", Listed), Rows(empty, "figure_suppliers", Listed));
        Assert.Equal(Rows(held, "figure_supplier_markets", "market, supplier_id, value"), Rows(empty, "figure_supplier_markets", "market, supplier_id, value"));
        using var context = empty.Context();
        Assert.Equal("ok", context.Database.SqlQueryRaw<string>("PRAGMA integrity_check").AsEnumerable().Single());
    }

    [Fact]
    public void Import_StraightIntoAnEmptyStore_StoresAndCountsWhatStagingDoes()
    {
        // Arrange: awkward input (ImportHarness.AwkwardInput), into an empty store (written straight into releases) and
        // into one holding an unrelated release (staged and compared).
        var input = AwkwardInput();
        using var folder = new TempFolder();
        var path = folder.Write("input.jsonl", input);
        using var empty = TestDatabase.Sqlite();
        using var held = TestDatabase.Sqlite();
        ImportText(held, Lines(Release("ocds-zzzzzz-1", "r1", "2025-01-01T00:00:00Z")));

        // Act
        var straight = ImportFile(empty, path);
        var staged = ImportFile(held, path);

        // Assert: the same counts, releases (in the same order within each process) and compiled processes.
        Assert.Equal((8L, 0L, 3L, 5L), (straight.New, straight.Changed, straight.Skipped, straight.Records));
        Assert.Equal((staged.New, staged.Changed, staged.Skipped, staged.Records), (straight.New, straight.Changed, straight.Skipped, straight.Records));
        const string Releases = "(SELECT ocid, release_key, date, tags, hash, json, source, row_number() OVER (PARTITION BY ocid ORDER BY id) AS place FROM releases) r WHERE ocid <> 'ocds-zzzzzz-1'";
        Assert.Equal(Rows(held, Releases), Rows(empty, Releases));
        Assert.Equal(Rows(held, "records WHERE ocid <> 'ocds-zzzzzz-1'", "ocid, compiled"), Rows(empty, "records", "ocid, compiled"));
        Assert.Equal(AwkwardProcesses, Rows(empty, "processes", "ocid, title"));
        Assert.Equal(["b", "a"], RowsInOrder(empty, "SELECT release_key FROM releases WHERE ocid = 'ocds-t-1' ORDER BY id"));
        Assert.Equal(["y", "x"], RowsInOrder(empty, "SELECT release_key FROM releases WHERE ocid = 'ocds-t-5' ORDER BY id"));
    }

    [Fact]
    public void Import_IntoSqlite_HasCopiedItsLogIntoTheDatabaseFileWhenTheImporterCloses()
    {
        // Arrange: enough releases that the log passes the size at which SQLite copies it.
        using var database = TestDatabase.Sqlite();
        using var folder = new TempFolder();
        var path = folder.File("demo.jsonl");
        using (var output = File.Create(path))
        {
            new DemoDataGenerator(11).Write(output, 1500);
        }

        // Act
        using (var importer = StewardImporter.Open(database.Target, Clock))
        {
            importer.Import(path);
        }

        // Assert: the database file alone, without its log, holds every release.
        var file = new SqliteConnectionStringBuilder(database.Target.ConnectionString).DataSource;
        var copy = folder.File("copy.db");
        File.Copy(file, copy);
        using var alone = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString());
        alone.Open();
        using var command = alone.CreateCommand();
        command.CommandText = "SELECT count(*) FROM releases";
        Assert.Equal(1500L, (long)command.ExecuteScalar()!);
    }

    [Fact]
    public void BeginWrite_AnEmptyStore_WritesThroughARollbackJournal_AndEndWriteGoesBackToTheLog()
    {
        // Arrange
        using var database = TestDatabase.Sqlite();
        DatabaseMigrator.Migrate(database.Target);
        using var connection = new SqliteConnection(database.Target.ConnectionString);
        connection.Open();
        using var session = new SqliteStoreSession(connection);

        // Act
        session.BeginWrite();
        var during = JournalMode(session);
        var direct = session.WritingDirect;
        session.EndWrite();

        // Assert
        Assert.True(direct);
        Assert.Equal("delete", during);
        Assert.Equal("wal", JournalMode(session));
        Assert.False(session.WritingDirect);
    }

    [Fact]
    public void BeginWrite_AStoreWithReleases_OrAnotherConnectionOpen_KeepsTheLog()
    {
        // Arrange
        using var stored = TestDatabase.Sqlite();
        ImportText(stored, Lines(Release("ocds-a-1", "r1", "2025-01-01T00:00:00Z")));
        using var watched = TestDatabase.Sqlite();
        DatabaseMigrator.Migrate(watched.Target);
        using var reader = new SqliteConnection(new SqliteConnectionStringBuilder(watched.Target.ConnectionString) { Pooling = false }.ToString());
        reader.Open();
        using (var read = reader.CreateCommand())
        {
            read.CommandText = "SELECT count(*) FROM releases";
            read.ExecuteScalar();
        }

        // Act and assert
        foreach (var database in new[] { stored, watched })
        {
            using var connection = new SqliteConnection(database.Target.ConnectionString);
            connection.Open();
            using var session = new SqliteStoreSession(connection);
            session.BeginWrite();
            Assert.False(session.WritingDirect);
            Assert.Equal("wal", JournalMode(session));
        }
    }

    [Fact]
    public void Import_IntoAnEmptyStore_WithoutTheLog_StoresWhatItStoresThroughTheLog()
    {
        // Arrange: the same releases into two empty stores, one of them watched by a reader, so that it keeps the log.
        using var folder = new TempFolder();
        var path = folder.File("demo.jsonl");
        using (var output = File.Create(path))
        {
            new DemoDataGenerator(5).Write(output, 400);
        }

        using var direct = TestDatabase.Sqlite();
        using var logged = TestDatabase.Sqlite();
        DatabaseMigrator.Migrate(logged.Target);
        using var reader = new SqliteConnection(new SqliteConnectionStringBuilder(logged.Target.ConnectionString) { Pooling = false }.ToString());
        reader.Open();
        using (var read = reader.CreateCommand())
        {
            read.CommandText = "SELECT count(*) FROM releases"; // a connection that has read holds the store in WAL
            read.ExecuteScalar();
        }

        // Act
        ImportFile(direct, path);
        ImportFile(logged, path);

        // Assert
        foreach (var table in new[] { "releases", "records", "processes", "award_suppliers", "organisations", "figures", "figure_suppliers" })
        {
            var columns = table == "releases" ? "ocid, release_key, hash, json" : "*";
            Assert.Equal(Rows(logged, table, columns), Rows(direct, table, columns));
        }

        Assert.Equal("wal", JournalMode(direct));
    }

    [Fact]
    public void Import_IntoAnEmptyStore_ThatFails_LeavesItEmptyAndInTheLogMode()
    {
        // Arrange: a release the reader refuses after many good ones (written straight into releases, their key index dropped).
        using var database = TestDatabase.Sqlite();
        DatabaseMigrator.Migrate(database.Target);
        var migrated = Indexes(database);
        var text = string.Concat(Enumerable.Range(0, 300).Select(i => Release($"ocds-a-{i}", "r1", "2025-01-01T00:00:00Z") + "\n")) + "{\"ocid\": \n";

        // Act
        var failure = Record.Exception(() => ImportText(database, text));

        // Assert
        Assert.NotNull(failure);
        Assert.Empty(Rows(database, "releases"));
        Assert.Equal("wal", JournalMode(database));
        Assert.Equal(migrated, Indexes(database));
        ImportText(database, Lines(Release("ocds-a-1", "r1", "2025-01-01T00:00:00Z")));
        Assert.Single(Rows(database, "releases"));
    }

    private static string JournalMode(StoreSession session)
    {
        using var command = session.Command("PRAGMA journal_mode");
        return (string)command.ExecuteScalar()!;
    }

    private static string JournalMode(TestDatabase database)
    {
        using var connection = new SqliteConnection(database.Target.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>
    /// On a newly migrated store: its indexes, then <paramref name="drop"/> in a transaction, the index names while it is
    /// open, and the indexes once it is rolled back.
    /// </summary>
    private static (Dictionary<string, string> Before, DeferredIndexes? Deferred, List<string> During, Dictionary<string, string> After) DropAndRollBack(
        Func<StoreSession, DeferredIndexes?> drop)
    {
        using var database = TestDatabase.Sqlite();
        DatabaseMigrator.Migrate(database.Target);
        var before = Indexes(database);
        using var connection = new SqliteConnection(database.Target.ConnectionString);
        connection.Open();
        using var session = new SqliteStoreSession(connection);
        session.Begin();
        var deferred = drop(session);
        var during = IndexNames(session);
        session.Rollback();
        return (before, deferred, during, Indexes(database));
    }

    private static Dictionary<string, string> Indexes(TestDatabase database)
    {
        using var connection = new SqliteConnection(database.Target.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL";
        using var reader = command.ExecuteReader();
        var indexes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            indexes[reader.GetString(0)] = reader.GetString(1);
        }

        return indexes;
    }

    private static List<string> IndexNames(StoreSession session)
    {
        using var command = session.Command("SELECT name FROM sqlite_master WHERE type = 'index'");
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
