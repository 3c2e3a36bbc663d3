namespace Steward.Data;

/// <summary>
/// The database cannot be used as it is: locked by another process, from a newer version of Steward, not yet
/// migrated, or a server that cannot be reached or went away. The message says which and what to do.
/// </summary>
public sealed class DatabaseUnavailableException : Exception
{
    public DatabaseUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public DatabaseUnavailableException()
        : this("the database is not available")
    {
    }

    public DatabaseUnavailableException(string message)
        : this(message, null)
    {
    }
}
