namespace Steward.Core.Common;

/// <summary>
/// Either a value or an <see cref="Error"/>. Core returns this for expected failures and throws only for bugs.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Success/Failure factories read better than constructors at call sites.")]
public readonly record struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The error, when the operation failed; otherwise null.</summary>
    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    /// <summary>The value. Reading it from a failed result is a programming error.</summary>
    public T Value => Error is null
        ? _value!
        : throw new InvalidOperationException($"The result failed ({Error}); check IsSuccess before reading Value.");

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(default, error);
    }

#pragma warning disable CA2225 // The named factories above are the alternates.
    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
#pragma warning restore CA2225
}
