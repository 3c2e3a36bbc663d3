namespace Steward.Data.Collect;

/// <summary>
/// A collector found that its lease is no longer its own (it expired and another collector took it over), so it
/// stops at once; a page whose import found this was rolled back, and the new holder collects it from the cursor.
/// </summary>
public sealed class CollectorLeaseLostException : Exception
{
    public CollectorLeaseLostException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public CollectorLeaseLostException()
        : this("the collector lease was taken over by another collector")
    {
    }

    public CollectorLeaseLostException(string message)
        : this(message, null)
    {
    }
}
