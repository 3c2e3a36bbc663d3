namespace Steward.Data.Ingest;

/// <summary>
/// How many bytes one thread may have handed to the next and not yet seen done: a thread handing more waits until
/// the total fits under the limit, or until nothing is in flight (so a single larger hand-over always passes). A
/// queue bounded by count alone would hold several of the largest releases at once (16 MiB of JSON each, and their
/// parsed form several times that).
/// </summary>
internal sealed class ByteBudget(long limit)
{
    private readonly object _gate = new(); // a plain object: Monitor.Wait and PulseAll need one, not a System.Threading.Lock
    private long _inFlight;

    /// <summary>Waits until <paramref name="bytes"/> more fit (or nothing is in flight), then counts them as in flight.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="stop"/> was cancelled while waiting.</exception>
    public void Take(long bytes, CancellationToken stop)
    {
        using var wake = stop.Register(Wake);
        lock (_gate)
        {
            while (_inFlight > 0 && _inFlight + bytes > limit)
            {
                stop.ThrowIfCancellationRequested();
                Monitor.Wait(_gate);
            }

            _inFlight += bytes;
        }
    }

    /// <summary>Waits until everything taken is done.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="stop"/> was cancelled while waiting.</exception>
    public void WaitIdle(CancellationToken stop)
    {
        using var wake = stop.Register(Wake);
        lock (_gate)
        {
            while (_inFlight > 0)
            {
                stop.ThrowIfCancellationRequested();
                Monitor.Wait(_gate);
            }
        }
    }

    /// <summary>Counts <paramref name="bytes"/> taken before as done.</summary>
    public void Give(long bytes)
    {
        lock (_gate)
        {
            _inFlight -= bytes;
            Monitor.PulseAll(_gate);
        }
    }

    private void Wake()
    {
        lock (_gate)
        {
            Monitor.PulseAll(_gate);
        }
    }
}
