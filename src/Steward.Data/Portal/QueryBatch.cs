using System.Data.Common;

namespace Steward.Data.Portal;

/// <summary>
/// A page's queries, added first and run together: asynchronously as one command read result by result (one round
/// trip instead of one per query, which is most of a page's cost on PostgreSQL under load; docs/performance.md), or
/// synchronously one after another.
/// </summary>
internal sealed class QueryBatch(DbConnection connection, IReadOnlyDictionary<string, object?> parameters)
{
    private readonly List<(string Sql, Action<DbDataReader> Read)> _statements = [];

    /// <summary>The transaction the queries run in (an import's own), or null.</summary>
    public DbTransaction? Transaction { get; init; }

    /// <summary>Adds a query (sharing the batch's parameters); its rows are in the list once <see cref="Run"/> has run.</summary>
    public List<T> Add<T>(string sql, Func<DbDataReader, T> read)
    {
        var rows = new List<T>();
        _statements.Add((sql, reader => rows.Add(read(reader))));
        return rows;
    }

    /// <summary>
    /// Runs every query added, in order, one command each: synchronously, Npgsql would write a batch from a thread-pool
    /// thread, which a web server's synchronous requests can starve (npgsql/npgsql#3846); use <see cref="RunAsync"/> there.
    /// </summary>
    public void Run()
    {
        foreach (var (sql, read) in _statements)
        {
            using var command = StoreQuery.Command(connection, sql, parameters);
            command.Transaction = Transaction;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                read(reader);
            }
        }
    }

    /// <summary>Runs every query added, in order, in one command and one round trip.</summary>
    public async Task RunAsync(CancellationToken cancellation = default)
    {
        if (_statements.Count == 0)
        {
            return;
        }

        await using var command = StoreQuery.Command(connection, string.Join(";\n", _statements.Select(s => s.Sql)), parameters);
        command.Transaction = Transaction;
        await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
        foreach (var (_, read) in _statements)
        {
            while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
            {
                read(reader);
            }

            await reader.NextResultAsync(cancellation).ConfigureAwait(false);
        }
    }
}
