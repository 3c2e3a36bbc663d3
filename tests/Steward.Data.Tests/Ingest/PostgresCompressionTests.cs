using Npgsql;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;

namespace Steward.Data.Tests.Ingest;

/// <summary>On PostgreSQL an import stores its large values compressed with LZ4 when the server has it (PostgresStoreSession.BeginWrite).</summary>
public sealed class PostgresCompressionTests
{
    [Fact]
    public void Import_OnAServerWithLz4_StoresLargeJsonCompressedWithIt_AndReadsItBackAsWritten()
    {
        // Arrange: releases large enough to be compressed (over 2 KB; the server's default is pglz).
        using var database = TestDatabase.Postgres();
        using (var connection = new NpgsqlConnection(database.Target.ConnectionString))
        {
            connection.Open();
            using var probe = connection.CreateCommand();
            probe.CommandText = "SELECT 'lz4' = ANY (string_to_array(replace(replace((SELECT enumvals::text FROM pg_settings WHERE name = 'default_toast_compression'), '{', ''), '}', ''), ','))";
            if (probe.ExecuteScalar() is not true)
            {
                Assert.Skip("this PostgreSQL server was built without LZ4");
            }
        }

        var description = string.Concat(Enumerable.Range(0, 400).Select(i => $"Lot {i} covers waste collection in ward {i % 37}. "));
        var text = Lines(Release("ocds-a-1", "r1", "2025-01-01T00:00:00Z", $$""" "tender":{"id":"t","description":"{{description}}"} """),
            Release("ocds-a-2", "r1", "2025-01-02T00:00:00Z", $$""" "tender":{"id":"t","description":"{{description}} More."} """));

        // Act
        ImportText(database, text);

        // Assert
        using var check = new NpgsqlConnection(database.Target.ConnectionString);
        check.Open();
        using var command = check.CreateCommand();
        command.CommandText = "SELECT ocid, pg_column_compression(json), json::jsonb -> 'tender' ->> 'description' FROM releases ORDER BY ocid";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("lz4", reader.GetString(1));
        Assert.Equal(description, reader.GetString(2));
        Assert.True(reader.Read());
        Assert.Equal("lz4", reader.GetString(1));
        Assert.Equal(description + " More.", reader.GetString(2));
    }
}
