namespace Steward.Data.Collect;

/// <summary>Who holds a collector lease, since when, and until when unless renewed.</summary>
public sealed record LeaseHolding(string Holder, DateTimeOffset AcquiredAt, DateTimeOffset ExpiresAt);
