using Microsoft.Data.Sqlite;
using Steward.Data.Ingest;
using Steward.Testing;

namespace Steward.Data.Tests.Ingest;

/// <summary>
/// The SQLite sink binds by position on the connection's own handle: it stores what Microsoft.Data.Sqlite stores for
/// the same values, and a row SQLite refuses is reported with the table and SQLite's own reason.
/// </summary>
public sealed class SqliteSinkTests
{
    [Fact]
    public void Values_StoredAsMicrosoftDataSqliteStoresThem_InFullAndPartBatches()
    {
        using var folder = new TempFolder();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder.Path, "sink.db")}");
        connection.Open();
        using var session = new SqliteStoreSession(connection);
        session.Begin();
        session.PrepareTemp("sunk", "n BIGINT, t TEXT, r REAL, f FLAG, d STAMP, u TEXT");
        session.PrepareTemp("bound", "n BIGINT, t TEXT, r REAL, f FLAG, d STAMP, u TEXT");
        var rows = Enumerable.Range(0, 200).Select(i => new object?[]
        {
            i % 7 == 0 ? null : (long)i, i % 5 == 0 ? string.Empty : $"café {i} \0 end", i * 1.5, i % 2 == 0,
            new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i), i % 3 == 0 ? "x" : "€ ünïcödé",
        }).ToList();

        using (var sink = session.Open("sunk", "n", "t", "r", "f", "d", "u"))
        {
            foreach (var row in rows)
            {
                sink.Write(row[0], row[1], row[2], row[3], row[4], new Utf8Text(System.Text.Encoding.UTF8.GetBytes((string)row[5]!)));
            }

            sink.Complete();
        }

        foreach (var row in rows)
        {
            session.Execute("INSERT INTO bound (n, t, r, f, d, u) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)", row[0], row[1], row[2], row[3] is true ? 1L : 0L,
                ((DateTime)row[4]!).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture), row[5]);
        }

        const string Compare = "SELECT count(*) FROM (SELECT n, typeof(n), t, typeof(t), r, f, d, u FROM {0} EXCEPT SELECT n, typeof(n), t, typeof(t), r, f, d, u FROM {1})";
        Assert.Equal(200, session.Scalar("SELECT count(*) FROM sunk"));
        Assert.Equal(0, session.Scalar(string.Format(System.Globalization.CultureInfo.InvariantCulture, Compare, "sunk", "bound")));
        Assert.Equal(0, session.Scalar(string.Format(System.Globalization.CultureInfo.InvariantCulture, Compare, "bound", "sunk")));
        Assert.Equal(40, session.Scalar("SELECT count(*) FROM sunk WHERE t = ''")); // empty text stays text, not NULL
    }

    [Fact]
    public void ARowSqliteRefuses_NamesTheTableAndSqlitesReason()
    {
        using var folder = new TempFolder();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder.Path, "sink.db")}");
        connection.Open();
        using var session = new SqliteStoreSession(connection);
        session.Begin();
        session.PrepareTemp("keyed", "id BIGINT PRIMARY KEY");
        using var sink = session.Open("keyed", "id");

        sink.Write(1L);
        sink.Write(1L);
        var refused = Assert.Throws<SqliteException>(sink.Complete);

        Assert.Contains("keyed", refused.Message, StringComparison.Ordinal);
        Assert.Contains("UNIQUE constraint failed", refused.Message, StringComparison.Ordinal);
    }
}
