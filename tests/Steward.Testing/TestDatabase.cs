using Npgsql;
using Steward.Data;
using Xunit;

namespace Steward.Testing;

/// <summary>
/// A real, empty database for one test: an SQLite file in a temporary folder, or a PostgreSQL database created on
/// the server named by <c>STEWARD_TEST_POSTGRES</c> (which <c>.ci/run</c> sets) and dropped afterwards. Without
/// that variable, PostgreSQL tests report themselves skipped.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "STEWARD_TEST_POSTGRES";

    private readonly TempFolder? _folder;
    private readonly string? _adminConnection;
    private readonly string? _databaseName;

    private TestDatabase(DatabaseTarget target, TempFolder? folder, string? adminConnection, string? databaseName)
    {
        Target = target;
        _folder = folder;
        _adminConnection = adminConnection;
        _databaseName = databaseName;
    }

    public DatabaseTarget Target { get; }

    /// <summary>The providers every store test runs on.</summary>
    public static TheoryData<string> Providers => new("sqlite", "postgres");

    public static TestDatabase Create(string provider) => provider == "postgres" ? Postgres() : Sqlite();

    public static TestDatabase Sqlite()
    {
        var folder = new TempFolder();
        return new TestDatabase(DatabaseTarget.Parse(folder.File("steward.db")), folder, null, null);
    }

    public static TestDatabase Postgres()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Skip($"{PostgresVariable} is not set, so there is no PostgreSQL server to test against; .ci/run starts one and sets it.");
        }

        var name = $"steward_test_{Environment.ProcessId}_{Guid.CreateVersion7():N}";
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        var target = DatabaseTarget.Parse(builder.ConnectionString);
        DatabaseMigrator.Migrate(target);
        return new TestDatabase(target, null, server, name);
    }

    /// <summary>The same database, not owned: disposing it leaves the database alone (a second user of one store).</summary>
    public static TestDatabase Borrow(TestDatabase owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return new TestDatabase(owner.Target, null, null, null);
    }

    public StewardDbContext Context() => StewardDatabase.CreateContext(Target);

    public StoreStatistics Statistics()
    {
        using var context = Context();
        return StoreStatistics.Read(context);
    }

    public void Dispose()
    {
        _folder?.Dispose();
        if (_adminConnection is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_adminConnection);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
