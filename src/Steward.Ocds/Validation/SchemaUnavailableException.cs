namespace Steward.Ocds.Validation;

/// <summary>The OCDS schema is neither in the schema folder nor downloadable.</summary>
public sealed class SchemaUnavailableException : Exception
{
    public SchemaUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public SchemaUnavailableException()
        : this("the OCDS schema is not available")
    {
    }

    public SchemaUnavailableException(string message)
        : this(message, null)
    {
    }
}
