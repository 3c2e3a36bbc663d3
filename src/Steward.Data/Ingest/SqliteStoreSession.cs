using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Steward.Data.Ingest;

/// <summary>SQLite: prepared statements reused within the transaction, the fastest way SQLite takes many rows.</summary>
internal sealed class SqliteStoreSession(SqliteConnection connection) : StoreSession(connection)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override void PrepareTemp(string table, string columns)
    {
        var types = columns.Replace(" STAMP", " TEXT", StringComparison.Ordinal).Replace(" FLAG", " INTEGER", StringComparison.Ordinal)
            .Replace(" BIGINT", " INTEGER", StringComparison.Ordinal);
        Execute($"CREATE TEMP TABLE IF NOT EXISTS {table} ({types})");
        Execute($"DELETE FROM {table}");
    }

    public override ITableSink Open(string table, params string[] columns) => new Sink(this, table, columns);

    /// <summary>One prepared INSERT, its parameters rebound for every row.</summary>
    private sealed class Sink : ITableSink
    {
        private readonly DbCommand _insert;

        public Sink(SqliteStoreSession session, string table, string[] columns)
        {
            var placeholders = string.Join(", ", columns.Select((_, i) => Parameter(i)));
            _insert = session.Command($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({placeholders})",
                new object?[columns.Length]);
            _insert.Prepare();
        }

        public void Write(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                _insert.Parameters[i].Value = values[i] switch
                {
                    null => DBNull.Value,
                    DateTime date => date.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture),
                    bool flag => flag ? 1L : 0L,
                    string text => StoredText(text),
                    var other => other,
                };
            }

            _insert.ExecuteNonQuery();
        }

        public void Complete()
        {
        }

        public void Dispose() => _insert.Dispose();
    }
}
