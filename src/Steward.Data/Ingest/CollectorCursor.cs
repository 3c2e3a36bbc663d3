using Steward.Data.Collect;

namespace Steward.Data.Ingest;

/// <summary>
/// Where a live collector got to, saved in the same transaction as the releases it fetched. With a
/// <see cref="Lease"/>, that transaction also checks and extends the collector's lease, and is rolled back
/// (<see cref="CollectorLeaseLostException"/>) when another collector holds it now.
/// </summary>
public sealed record CollectorCursor(string Source, string Value)
{
    public LeaseClaim? Lease { get; init; }
}
