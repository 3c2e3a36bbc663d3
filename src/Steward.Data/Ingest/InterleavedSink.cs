namespace Steward.Data.Ingest;

/// <summary>
/// Rows written between the steps of a read on the same connection (a PostgreSQL cursor's fetches,
/// <c>ProcessViewReader.StreamWithin</c>): held a few thousand at a time, each lot written in a bulk write of its own
/// (a COPY, which takes the connection while it lasts), so memory stays bounded and the read's next fetch finds the
/// connection free. Only <see cref="Write"/> and <see cref="Complete"/> touch the connection, on the caller's thread.
/// </summary>
internal sealed class InterleavedSink(StoreSession session, string table, string[] columns, int rowsAtATime = 8192) : ITableSink
{
    private readonly List<object?[]> _rows = new(rowsAtATime);

    /// <summary>On SQLite, which writes while its queries are open, a sink of the usual kind; on PostgreSQL, an interleaved one.</summary>
    public static ITableSink Open(StoreSession session, string table, params string[] columns) =>
        session.Provider == DatabaseProvider.Sqlite ? session.Open(table, columns) : new InterleavedSink(session, table, columns);

    public void Write(params object?[] values)
    {
        _rows.Add(values);
        if (_rows.Count >= rowsAtATime)
        {
            Flush();
        }
    }

    public void Complete() => Flush();

    public void Dispose() => _rows.Clear();

    private void Flush()
    {
        if (_rows.Count == 0)
        {
            return;
        }

        using (var sink = session.Open(table, columns))
        {
            foreach (var row in _rows)
            {
                sink.Write(row);
            }

            sink.Complete();
        }

        _rows.Clear();
    }
}
