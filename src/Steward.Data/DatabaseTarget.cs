using Microsoft.Data.Sqlite;
using Npgsql;

namespace Steward.Data;

/// <summary>
/// Which database to use, from <c>--db</c>: a file path means SQLite; a PostgreSQL connection string
/// (<c>Host=…</c>) or a <c>postgres://</c> URL means PostgreSQL. Without <c>--db</c>, the environment variable
/// <c>STEWARD_DB</c>, else <c>steward.db</c> in the current folder.
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString, string Display)
{
    /// <summary>The environment variable that names the database when <c>--db</c> is not given.</summary>
    public const string EnvironmentVariable = "STEWARD_DB";

    /// <summary>The SQLite file used when nothing names a database.</summary>
    public const string DefaultFile = "steward.db";

    /// <summary>Resolves <paramref name="db"/>, else <paramref name="fromEnvironment"/>, else the default file.</summary>
    /// <exception cref="ArgumentException">A PostgreSQL URL or connection string that cannot be read.</exception>
    public static DatabaseTarget Resolve(string? db, string? fromEnvironment) =>
        Parse(!string.IsNullOrWhiteSpace(db) ? db : !string.IsNullOrWhiteSpace(fromEnvironment) ? fromEnvironment : DefaultFile);

    /// <summary>Reads one <c>--db</c> value.</summary>
    /// <exception cref="ArgumentException">A PostgreSQL URL or connection string that cannot be read, or a folder given as the SQLite file.</exception>
    public static DatabaseTarget Parse(string db)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        var text = db.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(FromUrl(text));
        }

        if (text.Contains("Host=", StringComparison.OrdinalIgnoreCase) || text.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(text);
        }

        var path = Path.GetFullPath(text);
        if (Directory.Exists(path))
        {
            throw new ArgumentException($"--db {text}: this is a folder; give the SQLite file to use, such as {Path.Combine(text, DefaultFile)}");
        }

        var sqlite = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            ForeignKeys = true,
            DefaultTimeout = 5,
            Pooling = false,
        };
        return new DatabaseTarget(DatabaseProvider.Sqlite, sqlite.ToString(), path);
    }

    private static DatabaseTarget Postgres(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException($"--db: this PostgreSQL connection string cannot be read ({exception.Message})", exception);
        }

        builder.CommandTimeout = builder.CommandTimeout == 30 ? 0 : builder.CommandTimeout;
        var display = $"PostgreSQL {builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
        return new DatabaseTarget(DatabaseProvider.Postgres, builder.ConnectionString, display);
    }

    /// <summary><c>postgres://user:password@host:port/database?sslmode=require</c> → an Npgsql connection string.</summary>
    private static string FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"--db: \"{Redact(url)}\" is not a valid PostgreSQL URL (postgres://user:password@host:5432/database)");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        var credentials = uri.UserInfo.Split(':', 2);
        if (credentials[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(credentials[0]);
        }

        if (credentials.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(credentials[1]);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && parts[0].Equals("sslmode", StringComparison.OrdinalIgnoreCase) &&
                Enum.TryParse<SslMode>(parts[1], ignoreCase: true, out var mode))
            {
                builder.SslMode = mode;
            }
        }

        return builder.ConnectionString;
    }

    private static string Redact(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal)
            ? url.Replace(uri.UserInfo, uri.UserInfo.Split(':')[0] + ":***", StringComparison.Ordinal)
            : url;

    public override string ToString() => Display;
}
