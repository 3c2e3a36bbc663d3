namespace Steward.Data.Ingest;

/// <summary>Writes rows into one table fast: prepared statements on SQLite, binary COPY on PostgreSQL.</summary>
internal interface ITableSink : IDisposable
{
    /// <summary>Writes one row; values in the order of the columns the sink was opened with.</summary>
    void Write(params object?[] values);

    /// <summary>Finishes the batch (PostgreSQL: ends the COPY).</summary>
    void Complete();
}
