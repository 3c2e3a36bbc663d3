namespace Steward.Data.Suppliers;

/// <summary>A register request that cannot be done as asked (an unknown profile, identifiers of two profiles); the message says which.</summary>
public sealed class RegisterException : Exception
{
    public RegisterException(string message)
        : base(message)
    {
    }

    public RegisterException()
    {
    }

    public RegisterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
