using System.Data.Common;

namespace Steward.Data.Ingest;

/// <summary>
/// One import's connection and current transaction, with the few things that differ between SQLite and
/// PostgreSQL: how temporary tables are made and how many rows are written fast. Everything else is plain SQL
/// both engines understand (<c>INSERT … ON CONFLICT</c>).
/// </summary>
internal abstract class StoreSession(DbConnection connection) : IDisposable
{
    public DbConnection Connection { get; } = connection;

    public DbTransaction? Transaction { get; private set; }

    public abstract DatabaseProvider Provider { get; }

    /// <summary>The input being imported, recorded with each release it brings.</summary>
    public string? SourceName { get; set; }

    public void Begin() => Transaction = Connection.BeginTransaction();

    public void Commit()
    {
        Transaction?.Commit();
        Transaction?.Dispose();
        Transaction = null;
        Committed();
    }

    /// <summary>
    /// Before an import's (or a rebuild's) transaction: lets the engine write it the cheapest safe way (SQLite, into a
    /// store that holds no releases yet: into the file once, not through its log; PostgreSQL: large values compressed
    /// with LZ4). <see cref="EndWrite"/> puts the usual way back.
    /// </summary>
    public virtual void BeginWrite()
    {
    }

    /// <summary>After an import's transaction, committed or rolled back: the engine's usual way of writing again.</summary>
    public virtual void EndWrite()
    {
    }

    /// <summary>After each commit: what an engine does with what was just written (SQLite copies its log into the file).</summary>
    protected virtual void Committed()
    {
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> inside a savepoint of the current transaction: true when it succeeded (the savepoint
    /// released), false when it failed as <paramref name="expected"/> allows (rolled back to the savepoint, so that the
    /// transaction goes on as it was: on PostgreSQL a failed statement otherwise aborts it). Any other failure is thrown.
    /// </summary>
    public bool TryInSavepoint(string name, Action attempt, Func<DbException, bool> expected)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(expected);
        var transaction = Transaction ?? throw new InvalidOperationException($"the savepoint {name} is taken inside the import's transaction");
        transaction.Save(name);
        try
        {
            attempt();
            transaction.Release(name);
            return true;
        }
        catch (DbException exception) when (expected(exception))
        {
            transaction.Rollback(name);
            return false;
        }
    }

    public void Rollback()
    {
        try
        {
            Transaction?.Rollback();
        }
        catch (Exception exception) when (exception is DbException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection may be gone already (a server that went away); the engine rolls back on its own.
        }

        Transaction?.Dispose();
        Transaction = null;
    }

    /// <summary>
    /// Creates (if needed) and empties a temporary table. Column types are written <c>TEXT</c>, <c>BIGINT</c>,
    /// <c>REAL</c>, <c>STAMP</c> (a UTC date-time) or <c>FLAG</c> (a boolean), and mapped to each engine's own.
    /// </summary>
    public abstract void PrepareTemp(string table, string columns);

    /// <summary>Opens a fast writer for <paramref name="table"/> and <paramref name="columns"/>.</summary>
    public abstract ITableSink Open(string table, params string[] columns);

    /// <summary>
    /// Text as the store keeps it: a NUL character (JSON's <c>\u0000</c>, which PostgreSQL's text cannot hold) becomes
    /// U+FFFD on both engines, so that they store the same. Release JSON keeps its escapes and is unchanged.
    /// </summary>
    public static string StoredText(string text) => text.Contains('\0', StringComparison.Ordinal) ? text.Replace('\0', '\uFFFD') : text;

    /// <summary>A parameter placeholder for position <paramref name="index"/>.</summary>
    public static string Parameter(int index) => $"@p{index}";

    public DbCommand Command(string sql, params object?[] values)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = Parameter(i);
            parameter.Value = values[i] switch
            {
                null => DBNull.Value,
                string text => StoredText(text),
                var other => other,
            };
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public int Execute(string sql, params object?[] values)
    {
        using var command = Command(sql, values);
        return command.ExecuteNonQuery();
    }

    public long Scalar(string sql, params object?[] values)
    {
        using var command = Command(sql, values);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        Rollback();
        EndWrite();
        Closing();
        Connection.Dispose();
    }

    /// <summary>Before the connection closes: waits for anything <see cref="Committed"/> left running.</summary>
    protected virtual void Closing()
    {
    }
}
