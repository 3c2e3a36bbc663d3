namespace Steward.Data.Ingest;

/// <summary>Where a live collector got to, saved in the same transaction as the releases it fetched.</summary>
public sealed record CollectorCursor(string Source, string Value);
