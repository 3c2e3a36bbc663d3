using System.Collections.Concurrent;
using System.Data.Common;

namespace Steward.Data.Analytics;

/// <summary>
/// One child table read in ocid order, in step with the processes (a merge join); <see cref="Take"/> returns the rows
/// of one process. Usually on its own connection and thread, a background reader turning rows into values in batches,
/// so that the tables are read in parallel with each other and with the report; or on the caller's thread from rows
/// already read, from a reader open on a connection shared with the other tables (SQLite), or from a PostgreSQL
/// cursor's fetches (see the constructors).
/// </summary>
/// <typeparam name="T">What a row becomes.</typeparam>
internal sealed class TableCursor<T> : IDisposable
{
    private const int BatchSize = 1024;

    private readonly BlockingCollection<List<(string Ocid, T Row)>> _batches = new(boundedCapacity: 4);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;
    private readonly DbDataReader? _stepped;
    private readonly Func<DbCommand>? _fetch;
    private readonly Action? _close;
    private readonly Func<DbDataReader, T>? _read;
    private List<(string Ocid, T Row)>? _batch;
    private int _next;
    private bool _finished;
    private bool _closed;

    /// <param name="connection">Its own open connection, which the cursor disposes.</param>
    /// <param name="sql">A query whose first column is the ocid, ordered by it.</param>
    /// <param name="read">What a row becomes (run on the cursor's thread).</param>
    public TableCursor(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        _reader = Task.Factory.StartNew(() => Produce(connection, sql, read), _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>
    /// Rows read by the caller (a page's handful of processes, where a thread and a connection per table would cost
    /// more than the rows): <paramref name="rows"/> is read only once the caller has filled it (<see cref="Portal.QueryBatch"/>).
    /// </summary>
    /// <param name="rows">The rows in ocid order, filled before the first <see cref="Take"/>.</param>
    public TableCursor(List<(string Ocid, T Row)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _batch = rows;
        _finished = true;
        _batches.CompleteAdding();
        _reader = Task.CompletedTask;
    }

    /// <summary>
    /// Rows stepped from <paramref name="reader"/> on the caller's thread, as they are needed: one of several readers open
    /// at once on one SQLite connection (an import's, whose own rows no other connection sees), which this disposes.
    /// </summary>
    /// <param name="reader">An open reader whose first column is the ocid, ordered by it.</param>
    /// <param name="read">What a row becomes.</param>
    public TableCursor(DbDataReader reader, Func<DbDataReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(read);
        _stepped = reader;
        _read = read;
        _batches.CompleteAdding();
        _reader = Task.CompletedTask;
    }

    /// <summary>
    /// Rows fetched on the caller's thread as they are needed, each fetch a command of its own read to its end (a
    /// PostgreSQL cursor's <c>FETCH</c>): between two fetches the connection is free for other statements.
    /// </summary>
    /// <param name="fetch">The next fetch's command (whose rows' first column is the ocid, in order); none left when it gives no row.</param>
    /// <param name="read">What a row becomes.</param>
    /// <param name="close">What disposing does once (closing the cursor).</param>
    public TableCursor(Func<DbCommand> fetch, Func<DbDataReader, T> read, Action close)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(close);
        _fetch = fetch;
        _read = read;
        _close = close;
        _batches.CompleteAdding();
        _reader = Task.CompletedTask;
    }

    /// <summary>The rows of <paramref name="ocid"/>; rows of ocids before it (orphans) are skipped.</summary>
    public List<T> Take(string ocid)
    {
        var rows = new List<T>();
        while (Current() is { } row)
        {
            var order = string.CompareOrdinal(row.Ocid, ocid);
            if (order > 0)
            {
                break;
            }

            if (order == 0)
            {
                rows.Add(row.Row);
            }

            _next++;
        }

        return rows;
    }

    /// <summary>The next row of a driving table (one not joined to another), or false at the end.</summary>
    public bool TryNext(out string ocid, out T row)
    {
        if (Current() is { } current)
        {
            _next++;
            (ocid, row) = current;
            return true;
        }

        (ocid, row) = (string.Empty, default!);
        return false;
    }

    private (string Ocid, T Row)? Current()
    {
        while (_batch is null || _next >= _batch.Count)
        {
            if (_finished)
            {
                return null;
            }

            if (_stepped is not null)
            {
                Step(_stepped, BatchSize);
                continue;
            }

            if (_fetch is not null)
            {
                using var command = _fetch();
                using var fetched = command.ExecuteReader();
                Step(fetched, int.MaxValue);
                continue;
            }

            try
            {
                _batch = _batches.Take(_stop.Token);
                _next = 0;
            }
            catch (InvalidOperationException)
            {
                // Completed: the table has no more rows, or its reader failed (rethrown here).
                _finished = true;
                _reader.GetAwaiter().GetResult();
                return null;
            }
        }

        return _batch[_next];
    }

    /// <summary>The next batch of rows, at most <paramref name="most"/>, from a stepped or fetched reader (the list reused: <see cref="Take"/> copies what it returns).</summary>
    private void Step(DbDataReader reader, int most)
    {
        _batch ??= new List<(string, T)>(BatchSize);
        _batch.Clear();
        _next = 0;
        while (_batch.Count < most && reader.Read())
        {
            _batch.Add((reader.GetString(0), _read!(reader)));
        }

        _finished = _batch.Count == 0;
    }

    private void Produce(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        try
        {
            using (connection)
            using (var command = connection.CreateCommand())
            {
                command.CommandText = sql;
                command.CommandTimeout = 0;
                using var reader = command.ExecuteReader();
                var batch = new List<(string, T)>(BatchSize);
                while (reader.Read())
                {
                    batch.Add((reader.GetString(0), read(reader)));
                    if (batch.Count == BatchSize)
                    {
                        _batches.Add(batch, _stop.Token);
                        batch = new List<(string, T)>(BatchSize);
                    }
                }

                if (batch.Count > 0)
                {
                    _batches.Add(batch, _stop.Token);
                }
            }
        }
        finally
        {
            _batches.CompleteAdding();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _reader.Wait();
        }
        catch (AggregateException)
        {
            // Cancelled or failed: the consumer has stopped listening.
        }

        _stepped?.Dispose();
        if (_close is not null && !_closed)
        {
            _closed = true;
            _close();
        }

        _batches.Dispose();
        _stop.Dispose();
    }
}
