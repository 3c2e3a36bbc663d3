namespace Steward.Cli;

/// <summary>The exit codes every steward verb uses; other tools rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>Done, and the input is valid.</summary>
    public const int Ok = 0;

    /// <summary>The input was read but has problems (they are listed).</summary>
    public const int Problems = 1;

    /// <summary>Bad usage, or an input that cannot be read.</summary>
    public const int UsageOrUnreadable = 2;
}
