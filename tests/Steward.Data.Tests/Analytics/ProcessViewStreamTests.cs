using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Steward.Data.Analytics;
using Steward.Data.Ingest;
using Steward.Testing;

namespace Steward.Data.Tests.Analytics;

/// <summary>
/// The views streamed on one connection inside a transaction (<see cref="ProcessViewReader.StreamWithin"/>): SQLite's
/// queries open at once, PostgreSQL's cursors fetched a few thousand rows at a time.
/// </summary>
public sealed class ProcessViewStreamTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void StreamWithin_GivesTheViewsEachTableReadWholeGives_IncludingTheTransactionsOwnRows(string provider)
    {
        // Arrange: the real files in a store, then a process deleted inside an open transaction.
        using var database = TestDatabase.Create(provider);
        Import(database);
        using var connection = Ingest.ImportHarness.Connect(database);
        using var transaction = connection.BeginTransaction();
        using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM processes WHERE ocid = (SELECT min(ocid) FROM processes)";
            Assert.Equal(1, delete.ExecuteNonQuery());
        }

        // Act: on PostgreSQL a few rows a fetch, so that every table takes many.
        ProcessViewReader.FetchedRowsForTests.Value = 5;
        var streamed = ProcessViewReader.StreamWithin(connection, transaction, ViewParts.All).Select(Text).ToList();
        ProcessViewReader.FetchedRowsForTests.Value = null;
        var whole = ProcessViewReader.ReadWithin(connection, transaction, ViewParts.All, ProcessScope.Where("1 = 1")).Select(Text).ToList();

        // Assert
        Assert.True(streamed.Count > 100, $"only {streamed.Count} processes");
        Assert.Equal(whole, streamed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void StreamWithin_WithRowsWrittenBetweenTheViews_WritesEveryRowAndReadsEveryView(string provider)
    {
        // Arrange: on PostgreSQL a bulk write takes the connection while it lasts, so the rows are written a few at a
        // time between the cursors' fetches (InterleavedSink); on SQLite as the views come.
        using var database = TestDatabase.Create(provider);
        Import(database);
        using var connection = Ingest.ImportHarness.Connect(database);
        using var session = provider == "sqlite" ? (StoreSession)new SqliteStoreSession((SqliteConnection)connection) : new PostgresStoreSession((NpgsqlConnection)connection);
        session.Begin();
        session.PrepareTemp("streamed", "ocid TEXT, lots BIGINT");
        var expected = ProcessViewReader.ReadWithin(connection, session.Transaction, ViewParts.All, ProcessScope.Where("1 = 1")).Select(v => $"{v.Ocid}|{v.Lots.Count}").ToList();

        // Act
        ProcessViewReader.FetchedRowsForTests.Value = 5;
        var count = 0;
        using (var sink = provider == "sqlite" ? InterleavedSink.Open(session, "streamed", "ocid", "lots") : new InterleavedSink(session, "streamed", ["ocid", "lots"], rowsAtATime: 7))
        {
            foreach (var view in ProcessViewReader.StreamWithin(connection, session.Transaction, ViewParts.All))
            {
                sink.Write(view.Ocid, (long)view.Lots.Count);
                count++;
            }

            sink.Complete();
        }

        ProcessViewReader.FetchedRowsForTests.Value = null;

        // Assert
        var written = new List<string>();
        using (var command = session.Command("SELECT ocid, lots FROM streamed"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                written.Add($"{reader.GetString(0)}|{reader.GetInt64(1)}");
            }
        }

        Assert.True(count > 100, $"only {count} processes");
        Assert.Equal(expected.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
        session.Rollback();
    }

    private static void Import(TestDatabase database)
    {
        using var importer = StewardImporter.Open(database.Target, Ingest.ImportHarness.Clock);
        foreach (var file in SharedData.AllOcdsFiles())
        {
            importer.Import(file);
        }
    }

    private static string Text(Core.Analytics.ProcessView view) => JsonSerializer.Serialize(view);
}
