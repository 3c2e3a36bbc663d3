namespace Steward.Data.Entities;

/// <summary>
/// Who may collect into the store now (table <c>collector_leases</c>): one row per lease, held until
/// <see cref="ExpiresAt"/> unless its holder renews it. Written only by <c>Collect.CollectorLease</c> and by each
/// page's import (which extends it in the same transaction).
/// </summary>
public class CollectorLeaseRow
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Machine name, process id and a random suffix of the collector that holds it.</summary>
    public string Holder { get; set; } = string.Empty;

    public DateTime AcquiredAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}
