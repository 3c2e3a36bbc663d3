using System.Collections.Concurrent;
using System.Data.Common;

namespace Steward.Data.Analytics;

/// <summary>
/// One child table read in ocid order on its own connection and thread, in step with the processes (a merge join):
/// a background reader turns rows into values in batches, so that the tables are read in parallel with each other
/// and with the report; <see cref="Take"/> returns the rows of one process.
/// </summary>
/// <typeparam name="T">What a row becomes.</typeparam>
internal sealed class TableCursor<T> : IDisposable
{
    private const int BatchSize = 1024;

    private readonly BlockingCollection<List<(string Ocid, T Row)>> _batches = new(boundedCapacity: 4);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;
    private List<(string Ocid, T Row)>? _batch;
    private int _next;
    private bool _finished;

    /// <param name="connection">Its own open connection, which the cursor disposes.</param>
    /// <param name="sql">A query whose first column is the ocid, ordered by it.</param>
    /// <param name="read">What a row becomes (run on the cursor's thread).</param>
    public TableCursor(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        _reader = Task.Factory.StartNew(() => Produce(connection, sql, read), _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>
    /// Reads a few rows at once on the caller's thread, on a connection the caller keeps (a page's handful of
    /// processes, where a thread and a connection per table would cost more than the rows).
    /// </summary>
    /// <param name="connection">An open connection the caller owns.</param>
    /// <param name="sql">A query whose first column is the ocid, ordered by it.</param>
    /// <param name="bind">Adds the query's parameters.</param>
    /// <param name="read">What a row becomes.</param>
    public TableCursor(DbConnection connection, string sql, Action<DbCommand> bind, Func<DbDataReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(bind);
        ArgumentNullException.ThrowIfNull(read);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        using var reader = command.ExecuteReader();
        var rows = new List<(string, T)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), read(reader)));
        }

        _batch = rows;
        _finished = true;
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

        _batches.Dispose();
        _stop.Dispose();
    }
}
