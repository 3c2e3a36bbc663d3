using System.Data.Common;

namespace Steward.Data.Analytics;

/// <summary>
/// One child table read in ocid order on its own connection, advanced in step with the processes (a merge join):
/// <see cref="Take{T}"/> returns the rows of one process and leaves the reader on the next process's first row.
/// </summary>
internal sealed class TableCursor : IDisposable
{
    private readonly DbConnection _connection;
    private readonly DbCommand _command;
    private readonly DbDataReader _reader;
    private bool _hasRow;

    /// <param name="connection">Its own open connection, which the cursor disposes.</param>
    /// <param name="sql">A query whose first column is the ocid, ordered by it.</param>
    /// <param name="prime">Read the first row now (child tables); the driving table's caller reads its own rows.</param>
    public TableCursor(DbConnection connection, string sql, bool prime = true)
    {
        _connection = connection;
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _command.CommandTimeout = 0;
        _reader = _command.ExecuteReader();
        _hasRow = prime && _reader.Read();
    }

    public DbDataReader Reader => _reader;

    /// <summary>The rows of <paramref name="ocid"/> (column 0), read with <paramref name="read"/>; rows of ocids before it are skipped.</summary>
    public List<T> Take<T>(string ocid, Func<DbDataReader, T> read)
    {
        var rows = new List<T>();
        while (_hasRow)
        {
            var order = string.CompareOrdinal(_reader.GetString(0), ocid);
            if (order > 0)
            {
                break;
            }

            if (order == 0)
            {
                rows.Add(read(_reader));
            }

            _hasRow = _reader.Read();
        }

        return rows;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _command.Dispose();
        _connection.Dispose();
    }
}
