namespace Steward.Data.Collect;

/// <summary>
/// A collector's claim to its lease, checked and extended to <paramref name="ExpiresAt"/> inside each page's import
/// transaction: a page is stored only while its collector still holds the lease (the import's fence).
/// </summary>
public sealed record LeaseClaim(string Name, string Holder, DateTime ExpiresAt);
