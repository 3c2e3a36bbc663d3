using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Steward.Data.Analytics;
using Steward.Data.Ingest;
using Steward.Testing;

namespace Steward.Data.Tests.Analytics;

/// <summary>The views streamed on one SQLite connection inside a transaction (<see cref="ProcessViewReader.StreamWithin"/>).</summary>
public sealed class ProcessViewStreamTests
{
    [Fact]
    public void StreamWithin_GivesTheViewsEachTableReadWholeGives_IncludingTheTransactionsOwnRows()
    {
        // Arrange: the real files in a store, then a process deleted inside an open transaction.
        using var database = TestDatabase.Create("sqlite");
        using (var importer = StewardImporter.Open(database.Target, Ingest.ImportHarness.Clock))
        {
            foreach (var file in SharedData.AllOcdsFiles())
            {
                importer.Import(file);
            }
        }

        using var connection = new SqliteConnection(database.Target.ConnectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM processes WHERE ocid = (SELECT min(ocid) FROM processes)";
            Assert.Equal(1, delete.ExecuteNonQuery());
        }

        // Act
        var streamed = ProcessViewReader.StreamWithin(connection, transaction, ViewParts.All).Select(Text).ToList();
        var whole = ProcessViewReader.ReadWithin(connection, transaction, ViewParts.All, ProcessScope.Where("1 = 1")).Select(Text).ToList();

        // Assert
        Assert.True(streamed.Count > 100, $"only {streamed.Count} processes");
        Assert.Equal(whole, streamed);
    }

    [Fact]
    public void StreamWithin_OnPostgres_IsRefused()
    {
        using var database = TestDatabase.Create("postgres");
        using var connection = new NpgsqlConnection(database.Target.ConnectionString);

        var refused = Assert.Throws<InvalidOperationException>(() => ProcessViewReader.StreamWithin(connection, null, ViewParts.All).ToList());

        Assert.Contains("only SQLite", refused.Message, StringComparison.Ordinal);
    }

    private static string Text(Core.Analytics.ProcessView view) => JsonSerializer.Serialize(view);
}
