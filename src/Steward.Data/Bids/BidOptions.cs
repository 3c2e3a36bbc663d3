namespace Steward.Data.Bids;

/// <summary>How the tender box works on this instance (docs/evaluation.md, "Settings").</summary>
public sealed record BidOptions
{
    /// <summary>The key ring outside the database; without one no bid can be sealed or opened.</summary>
    public KeyRing? KeyRing { get; init; }

    /// <summary>The largest file a bid may attach, in bytes (10 MB).</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The most files one bid may attach.</summary>
    public int MaxFiles { get; init; } = 20;
}
