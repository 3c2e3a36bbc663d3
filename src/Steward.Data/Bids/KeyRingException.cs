namespace Steward.Data.Bids;

/// <summary>The key ring cannot be used: missing, unreadable, or lacking the key a procurement was sealed with. The message says which and where.</summary>
public sealed class KeyRingException : Exception
{
    public KeyRingException()
    {
    }

    public KeyRingException(string message)
        : base(message)
    {
    }

    public KeyRingException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
