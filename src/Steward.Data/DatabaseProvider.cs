namespace Steward.Data;

/// <summary>The database engines Steward runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: the default, for one user.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: for a team or a public service.</summary>
    Postgres,
}
