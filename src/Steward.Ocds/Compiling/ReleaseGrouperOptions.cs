namespace Steward.Ocds.Compiling;

/// <summary>How much the grouper keeps in memory before it sorts what it holds to a temporary file.</summary>
public sealed record ReleaseGrouperOptions
{
    /// <summary>The default for <see cref="MemoryBudgetBytes"/>: 192 MiB.</summary>
    public const long DefaultMemoryBudgetBytes = 192L * 1024 * 1024;

    /// <summary>Release bytes held in memory before a sorted run is written to disk.</summary>
    public long MemoryBudgetBytes { get; init; } = DefaultMemoryBudgetBytes;

    /// <summary>Where sorted runs go; the system's temporary folder when null.</summary>
    public string? TempDirectory { get; init; }
}
