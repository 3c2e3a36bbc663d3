namespace Steward.Data.Ingest;

/// <summary>
/// One step of importing an input (<see cref="ImportResult.Steps"/>), with the time it took on the clock and the CPU
/// the process used meanwhile (every thread's: the import's workers, the garbage collector and the JIT compiler).
/// </summary>
public sealed record ImportStep(string Name, TimeSpan Wall, TimeSpan Cpu)
{
    /// <summary>Reading, parsing, checking, redacting and hashing the input's releases, and writing them down.</summary>
    public const string Reading = "reading";

    /// <summary>Comparing the releases with those stored (new, changed or the same), or, into an empty store, their key index built.</summary>
    public const string Applying = "applying";

    /// <summary>Compiling the processes the input touched and writing their records and analytic rows (after noting the stored figures they are part of).</summary>
    public const string Compiling = "compiling";

    /// <summary>Bringing the stored figures up to date for what the input changed.</summary>
    public const string Figures = "figures";

    /// <summary>Committing the input's transaction.</summary>
    public const string Committing = "commit";
}
