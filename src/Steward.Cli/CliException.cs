namespace Steward.Cli;

/// <summary>A failure the command reports in one line on standard error, with exit code 2 unless told otherwise.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message, int exitCode = ExitCodes.UsageOrUnreadable)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public CliException()
        : this("the command failed")
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.UsageOrUnreadable;
    }

    public int ExitCode { get; }
}
