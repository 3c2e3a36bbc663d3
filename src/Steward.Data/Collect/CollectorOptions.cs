namespace Steward.Data.Collect;

/// <summary>How a live collector paces itself. Tests replace <see cref="Wait"/> so that no test waits for real.</summary>
public sealed record CollectorOptions
{
    /// <summary>The API's address; the real service when null.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>The least time between two requests (Find a Tender allows about 12 in 2 minutes).</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait when the service says "too many requests" and does not say how long.</summary>
    public TimeSpan ThrottleWait { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>How many times a request is tried again after a dropped connection or a server error.</summary>
    public int Retries { get; init; } = 4;

    /// <summary>How many "too many requests" answers in a row are borne before giving up.</summary>
    public int MaxThrottles { get; init; } = 20;

    /// <summary>The time window one request asks for before it is split (Kingfisher uses 6 hours for Find a Tender).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(6);

    /// <summary>
    /// The lease the collector works under (<c>steward collect</c>), or none (<c>steward fetch</c>): renewed before
    /// every request, and checked and extended in every page's import transaction; when another collector has taken
    /// it over, the collector stops with <see cref="CollectorLeaseLostException"/>.
    /// </summary>
    public CollectorLease? Lease { get; init; }

    /// <summary>Waits; <c>Task.Delay</c> on the clock by default.</summary>
    public Func<TimeSpan, CancellationToken, Task>? Wait { get; init; }
}
