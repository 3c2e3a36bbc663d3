namespace Steward.Data.Collect;

/// <summary>
/// What one source gave in a round of <see cref="LiveCollector"/>: the window asked for (from its cursor, or the
/// first day), and what was stored, or why the source stopped (what it stored before that is kept).
/// </summary>
public sealed record SourceOutcome(string Source, DateTimeOffset From, DateTimeOffset To, CollectResult? Result, string? Error);
