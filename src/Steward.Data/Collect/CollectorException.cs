namespace Steward.Data.Collect;

/// <summary>A live collector had to stop: the service refused, kept failing, or answered with something unreadable.</summary>
public sealed class CollectorException : Exception
{
    public CollectorException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public CollectorException()
        : this("the collector stopped")
    {
    }

    public CollectorException(string message)
        : this(message, null)
    {
    }
}
