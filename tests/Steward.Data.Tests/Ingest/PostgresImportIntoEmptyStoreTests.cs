using Npgsql;
using Steward.Data.Demo;
using Steward.Data.Ingest;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;

namespace Steward.Data.Tests.Ingest;

/// <summary>
/// What a first import does differently on PostgreSQL (docs/performance.md, "A first import on PostgreSQL"): once it
/// holds the tables alone, it writes releases straight into <c>releases</c> and builds their key index after them, and
/// drops the analytic tables' secondary indexes and foreign keys until the processes are written. None may change what
/// is stored or what a failure leaves, and a reader holding a table makes it write the usual way instead.
/// </summary>
public sealed class PostgresImportIntoEmptyStoreTests
{
    [Fact]
    public void DropIfEmpty_InATransactionRolledBack_LeavesEveryIndexAndForeignKeyAsItWas()
    {
        // Arrange
        using var database = TestDatabase.Postgres();
        var before = Schema(database);
        using var connection = new NpgsqlConnection(database.Target.ConnectionString);
        connection.Open();
        using var session = new PostgresStoreSession(connection);
        session.Begin();

        // Act
        var deferred = DeferredIndexes.DropIfEmpty(session);
        var during = Schema(session);
        session.Rollback();

        // Assert: indexes not led by ocid and the foreign keys went (the full-text index too); unique ones stayed.
        Assert.NotNull(deferred);
        Assert.Contains("index ix_processes_buyer_id", before.Keys);
        Assert.Contains("constraint fk_lots_processes_ocid", before.Keys);
        Assert.DoesNotContain("index ix_processes_buyer_id", during.Keys);
        Assert.DoesNotContain("index ix_search_texts_document", during.Keys);
        Assert.DoesNotContain("constraint fk_lots_processes_ocid", during.Keys);
        Assert.DoesNotContain("constraint fk_process_parties_organisations_organisation_id", during.Keys);
        Assert.Contains("index ix_search_texts_ocid", during.Keys);
        Assert.Contains("index pk_processes", during.Keys);
        Assert.Equal(before, Schema(database));
    }

    [Fact]
    public void Import_IntoAnEmptyStore_StoresTheSameAsIntoOneWithARelease_AndKeepsEveryIndexAndForeignKey()
    {
        // Arrange: the same demo releases, once into an empty store (indexes and foreign keys added after the rows) and
        // once into a store that already holds an unrelated release (kept up to date row by row).
        using var folder = new TempFolder();
        var path = folder.File("demo.jsonl");
        using (var output = File.Create(path))
        {
            new DemoDataGenerator(7).Write(output, 600);
        }

        using var empty = TestDatabase.Postgres();
        using var held = TestDatabase.Postgres();
        var migrated = Schema(empty);
        ImportText(held, Lines(Release("ocds-zzzzzz-1", "r1", "2025-01-01T00:00:00Z")));

        // Act
        var first = ImportFile(empty, path);
        var usual = ImportFile(held, path);

        // Assert
        Assert.Equal(migrated, Schema(empty));
        Assert.Equal((usual.New, usual.Changed, usual.Skipped, usual.Records), (first.New, first.Changed, first.Skipped, first.Records));
        const string Releases = "(SELECT ocid, release_key, date, tags, hash, json, row_number() OVER (PARTITION BY ocid ORDER BY id) AS place FROM releases) r WHERE ocid <> 'ocds-zzzzzz-1'";
        Assert.Equal(Rows(held, Releases), Rows(empty, Releases));
        Assert.Equal(Rows(held, "processes WHERE ocid <> 'ocds-zzzzzz-1'"), Rows(empty, "processes"));
        Assert.Equal(Rows(held, "award_suppliers"), Rows(empty, "award_suppliers"));
        Assert.Equal(Rows(held, "search_texts WHERE ocid <> 'ocds-zzzzzz-1'", "ocid, title, body, document"), Rows(empty, "search_texts", "ocid, title, body, document"));
        Assert.Equal(Rows(held, "records WHERE ocid <> 'ocds-zzzzzz-1'", "ocid, compiled"), Rows(empty, "records", "ocid, compiled"));
        Assert.NotEmpty(Rows(empty, "figure_suppliers", "supplier_id, name, awards, award_value"));
        Assert.Equal(Rows(held, "figure_suppliers", "supplier_id, name, awards, award_value"), Rows(empty, "figure_suppliers", "supplier_id, name, awards, award_value"));

        // The foreign keys added back hold: a row that breaks one is refused.
        var refused = Assert.Throws<PostgresException>(() => Execute(empty, "INSERT INTO lots (ocid, lot_id) VALUES ('ocds-nowhere-1', 'l1')"));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, refused.SqlState);
    }

    [Fact]
    public void Import_StraightIntoAnEmptyStore_StoresAndCountsWhatStagingDoes()
    {
        // Arrange: awkward input (ImportHarness.AwkwardInput): the key index, built after the rows, first fails on the
        // copies, inside a savepoint of its own, and the transaction goes on.
        var input = AwkwardInput();
        using var folder = new TempFolder();
        var path = folder.Write("input.jsonl", input);
        using var empty = TestDatabase.Postgres();
        using var held = TestDatabase.Postgres();
        var migrated = Schema(empty);
        ImportText(held, Lines(Release("ocds-zzzzzz-1", "r1", "2025-01-01T00:00:00Z")));

        // Act
        var straight = ImportFile(empty, path);
        var staged = ImportFile(held, path);

        // Assert
        Assert.Equal((8L, 0L, 3L, 5L), (straight.New, straight.Changed, straight.Skipped, straight.Records));
        Assert.Equal((staged.New, staged.Changed, staged.Skipped, staged.Records), (straight.New, straight.Changed, straight.Skipped, straight.Records));
        Assert.Equal(AwkwardProcesses, Rows(empty, "processes", "ocid, title"));
        const string Releases = "(SELECT ocid, release_key, date, tags, hash, json, source, row_number() OVER (PARTITION BY ocid ORDER BY id) AS place FROM releases) r WHERE ocid <> 'ocds-zzzzzz-1'";
        Assert.Equal(Rows(held, Releases), Rows(empty, Releases));
        Assert.Equal(["b", "a"], RowsInOrder(empty, "SELECT release_key FROM releases WHERE ocid = 'ocds-t-1' ORDER BY id"));
        Assert.Equal(["y", "x"], RowsInOrder(empty, "SELECT release_key FROM releases WHERE ocid = 'ocds-t-5' ORDER BY id"));
        Assert.Equal(migrated, Schema(empty));
    }

    [Theory]
    [InlineData("processes")]
    [InlineData("releases")]
    public void Import_IntoAnEmptyStore_WhileAReaderHoldsATable_WritesTheUsualWay(string table)
    {
        // Arrange: a reader's transaction holds the table (ACCESS SHARE) for the whole import.
        using var database = TestDatabase.Postgres();
        var migrated = Schema(database);
        using var reader = new NpgsqlConnection(database.Target.ConnectionString);
        reader.Open();
        using var reading = reader.BeginTransaction();
        using (var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", reader, reading))
        {
            command.ExecuteScalar();
        }

        PostgresTableLock.WaitForTests.Value = TimeSpan.FromMilliseconds(200);
        try
        {
            // Act: had it waited for the table, it would never finish while the reader holds it.
            var result = ImportText(database, Lines(
                Release("ocds-a-1", "r1", "2025-01-01T00:00:00Z", """ "tender":{"id":"t","title":"One"} """),
                Release("ocds-a-2", "r1", "2025-01-02T00:00:00Z", """ "tender":{"id":"t","title":"Two"} """)));

            // Assert
            Assert.Equal((2L, 2L), (result.New, result.Records));
        }
        finally
        {
            PostgresTableLock.WaitForTests.Value = null;
        }

        reading.Commit();
        Assert.Equal(["ocds-a-1|One", "ocds-a-2|Two"], Rows(database, "processes", "ocid, title"));
        Assert.Equal(migrated, Schema(database));
    }

    [Fact]
    public void Import_IntoAnEmptyStore_ThatFails_LeavesItEmptyWithEveryIndexAndForeignKey()
    {
        // Arrange: a release the reader refuses after many good ones (written straight into releases, their key index dropped).
        using var database = TestDatabase.Postgres();
        var migrated = Schema(database);
        var text = string.Concat(Enumerable.Range(0, 300).Select(i => Release($"ocds-a-{i}", "r1", "2025-01-01T00:00:00Z") + "\n")) + "{\"ocid\": \n";

        // Act
        var failure = Record.Exception(() => ImportText(database, text));

        // Assert
        Assert.NotNull(failure);
        Assert.Empty(Rows(database, "releases"));
        Assert.Equal(migrated, Schema(database));
        ImportText(database, Lines(Release("ocds-a-1", "r1", "2025-01-01T00:00:00Z")));
        Assert.Single(Rows(database, "releases"));
    }

    /// <summary>Every index and constraint of the store's own tables, by kind and name, with its definition.</summary>
    private static Dictionary<string, string> Schema(TestDatabase database)
    {
        using var connection = new NpgsqlConnection(database.Target.ConnectionString);
        connection.Open();
        return Schema(connection, null);
    }

    private static Dictionary<string, string> Schema(PostgresStoreSession session) =>
        Schema((NpgsqlConnection)session.Connection, (NpgsqlTransaction?)session.Transaction);

    private static Dictionary<string, string> Schema(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        using var command = new NpgsqlCommand("""
            SELECT 'index ' || x.relname, pg_get_indexdef(x.oid) FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid
            WHERE x.relnamespace = 'public'::regnamespace
            UNION ALL
            SELECT 'constraint ' || c.conname, c.conrelid::regclass::text || ' ' || pg_get_constraintdef(c.oid) FROM pg_constraint c
            WHERE c.connamespace = 'public'::regnamespace
            """, connection, transaction);
        using var reader = command.ExecuteReader();
        var schema = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            schema[reader.GetString(0)] = reader.GetString(1);
        }

        return schema;
    }

    private static void Execute(TestDatabase database, string sql)
    {
        using var connection = new NpgsqlConnection(database.Target.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
