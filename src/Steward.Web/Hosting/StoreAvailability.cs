using System.Data.Common;
using System.Net.Sockets;
using Steward.Data;

namespace Steward.Web.Hosting;

/// <summary>
/// Whether the store can be reached. The portal starts whether or not it can; while it cannot, every page and API
/// call answers 503 with a plain page (<see cref="StoreGate"/>), and the store is tried again at most every
/// <see cref="RetryInterval"/>, so the portal recovers by itself when the database returns.
/// </summary>
public sealed partial class StoreAvailability(PortalStore store, TimeProvider time, ILogger<StoreAvailability> logger)
{
    /// <summary>How long the portal waits between tries while the store cannot be reached.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    private readonly Lock _lock = new();
    private volatile bool _ready;
    private DateTimeOffset _nextTry = DateTimeOffset.MinValue;

    public bool Ready => _ready;

    /// <summary>True for a failure that means the database cannot be reached (as opposed to a bug).</summary>
    public static bool IsUnreachable(Exception exception) => exception switch
    {
        DatabaseUnavailableException => true,
        Npgsql.NpgsqlException npgsql => npgsql.InnerException is SocketException or TimeoutException or IOException || npgsql.IsTransient,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6 or 14,
        DbException { InnerException: SocketException } => true,
        _ => exception.InnerException is { } inner && IsUnreachable(inner),
    };

    /// <summary>Tries the store now (at start) and records whether it answered.</summary>
    public bool TryNow()
    {
        lock (_lock)
        {
            try
            {
                DatabaseMigrator.EnsureReady(store.Target);
                _ready = true;
            }
            catch (Exception exception) when (IsUnreachable(exception))
            {
                _ready = false;
                _nextTry = time.GetUtcNow() + RetryInterval;
                LogUnreachable(logger, store.Target.Display, exception.Message);
            }

            return _ready;
        }
    }

    /// <summary>True when the store can be used; tries it again when the last try is old enough.</summary>
    public bool Check() => _ready || (time.GetUtcNow() >= _nextTry && TryNow());

    /// <summary>Marks the store as gone (a request found it unreachable), so that requests are gated until it answers.</summary>
    public void Lost()
    {
        _ready = false;
        _nextTry = time.GetUtcNow() + RetryInterval;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store {Store} cannot be reached ({Reason}); the portal answers 503 until it can, trying again every few seconds")]
    private static partial void LogUnreachable(ILogger logger, string store, string reason);
}
