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

    /// <summary>
    /// Rows gathered and written many to a statement (a prepared multi-row INSERT rebound for every full batch), which
    /// saves SQLite most of its per-statement work; <see cref="Complete"/> writes what is left.
    /// </summary>
    private sealed class Sink : ITableSink
    {
        /// <summary>SQLite finds a named parameter by a linear search, so a statement keeps to a few hundred of them.</summary>
        private const int MaxParameters = 320;
        private const int MaxRows = 32;

        private readonly SqliteStoreSession _session;
        private readonly string _table;
        private readonly string[] _columns;
        private readonly int _batch;
        private readonly object?[] _values;
        private int _rows;
        private DbCommand? _insert;

        public Sink(SqliteStoreSession session, string table, string[] columns)
        {
            _session = session;
            _table = table;
            _columns = columns;
            _batch = Math.Clamp(MaxParameters / columns.Length, 1, MaxRows);
            _values = new object?[_batch * columns.Length];
        }

        public void Write(params object?[] values)
        {
            var offset = _rows * _columns.Length;
            for (var i = 0; i < values.Length; i++)
            {
                _values[offset + i] = values[i] switch
                {
                    null => DBNull.Value,
                    DateTime date => date.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture),
                    bool flag => flag ? 1L : 0L,
                    string text => StoredText(text),
                    var other => other,
                };
            }

            if (++_rows == _batch)
            {
                if (_insert is null)
                {
                    _insert = Insert(_batch);
                    _insert.Prepare();
                }

                Execute(_insert, _batch);
            }
        }

        public void Complete()
        {
            if (_rows > 0)
            {
                using var rest = Insert(_rows);
                Execute(rest, _rows);
            }
        }

        public void Dispose() => _insert?.Dispose();

        private DbCommand Insert(int rows)
        {
            var sql = new System.Text.StringBuilder($"INSERT INTO {_table} ({string.Join(", ", _columns)}) VALUES ");
            for (var row = 0; row < rows; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < _columns.Length; column++)
                {
                    sql.Append(column == 0 ? string.Empty : ", ").Append(Parameter((row * _columns.Length) + column));
                }

                sql.Append(')');
            }

            return _session.Command(sql.ToString(), new object?[rows * _columns.Length]);
        }

        private void Execute(DbCommand command, int rows)
        {
            for (var i = 0; i < rows * _columns.Length; i++)
            {
                command.Parameters[i].Value = _values[i];
            }

            command.ExecuteNonQuery();
            Array.Clear(_values);
            _rows = 0;
        }
    }
}
