using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Steward.Data.Portal;

/// <summary>Small parameterised queries for the portal's pages, on either engine.</summary>
internal static class StoreQuery
{
    public static DbConnection Open(DatabaseTarget target)
    {
        var connection = Create(target);
        connection.Open();
        return connection;
    }

    public static async Task<DbConnection> OpenAsync(DatabaseTarget target, CancellationToken cancellation)
    {
        var connection = Create(target);
        await connection.OpenAsync(cancellation).ConfigureAwait(false);
        return connection;
    }

    private static DbConnection Create(DatabaseTarget target) => target.Provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(target.ConnectionString)
        : new NpgsqlConnection(target.ConnectionString);

    public static List<T> List<T>(DbConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters, Func<DbDataReader, T> read,
        DbTransaction? transaction = null)
    {
        using var command = Command(connection, sql, parameters);
        command.Transaction = transaction;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary><see cref="List{T}"/> without holding a thread while the server works (the portal's pages under load).</summary>
    public static async Task<List<T>> ListAsync<T>(DbConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters, Func<DbDataReader, T> read,
        CancellationToken cancellation)
    {
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Calls <paramref name="each"/> on every row as it is read, holding one row at a time.</summary>
    public static void Each(DbConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters, Action<DbDataReader> each)
    {
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            each(reader);
        }
    }

    public static object? Scalar(DbConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters)
    {
        using var command = Command(connection, sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static async Task<object?> ScalarAsync(DbConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellation)
    {
        await using var command = Command(connection, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellation).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    public static IReadOnlyDictionary<string, object?> With(params (string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    public static DbCommand Command(DbConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
