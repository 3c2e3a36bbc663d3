namespace Steward.Data.Collect;

/// <summary>How <see cref="LiveCollector"/> keeps a store current (<c>steward collect</c>).</summary>
public sealed record LiveCollectorOptions
{
    /// <summary>The sources to collect, in order: <c>fts</c>, <c>contracts-finder</c>.</summary>
    public IReadOnlyList<string> Sources { get; init; } = LiveCollector.KnownSources;

    /// <summary>Each source's pacing and address; a source not listed gets <see cref="LiveCollector.DefaultOptions"/>.</summary>
    public IReadOnlyDictionary<string, CollectorOptions> SourceOptions { get; init; } = new Dictionary<string, CollectorOptions>();

    /// <summary>Where a source without a cursor starts; <see cref="LookBack"/> before the round when null.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>How far back a source without a cursor starts when <see cref="Since"/> is not given.</summary>
    public TimeSpan LookBack { get; init; } = TimeSpan.FromDays(7);

    /// <summary>The pause after each round before the next.</summary>
    public TimeSpan Every { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How long the lease lasts unless renewed; well above any pause between requests and any clock skew.</summary>
    public TimeSpan LeaseTimeToLive { get; init; } = CollectorLease.DefaultTimeToLive;

    /// <summary>This collector's holder id; <see cref="CollectorLease.NewHolder"/> when null.</summary>
    public string? Holder { get; init; }

    /// <summary>Waits between rounds; <c>Task.Delay</c> on the clock by default (tests replace it).</summary>
    public Func<TimeSpan, CancellationToken, Task>? Wait { get; init; }
}
