using System.Globalization;
using Steward.Data.Ingest;
using Steward.Ocds.Reading;

namespace Steward.Data.Collect;

/// <summary>
/// Keeps a store current from the live APIs (<c>steward collect</c>), in rounds. A round takes the store's one
/// collector lease (or, when another collector holds it, does nothing); opens the importer (so that what other
/// collectors stored is known); runs each source from its cursor (or the first day) up to now, renewing the lease
/// before every request and checking it in every page's transaction; and releases the lease at the end, so that
/// whichever collector asks next takes the next round. A collector that dies keeps the lease until it expires.
/// </summary>
public sealed class LiveCollector
{
    /// <summary>The sources a live collector knows, in the order a round collects them.</summary>
    public static readonly IReadOnlyList<string> KnownSources = [FindATenderCollector.Source, ContractsFinderCollector.Source];

    private readonly DatabaseTarget _target;
    private readonly HttpClient _http;
    private readonly LiveCollectorOptions _options;
    private readonly TimeProvider _clock;
    private readonly Action<string> _log;

    public LiveCollector(DatabaseTarget target, HttpClient http, LiveCollectorOptions options, TimeProvider clock, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Sources.FirstOrDefault(s => !KnownSources.Contains(s)) is { } unknown)
        {
            throw new ArgumentException($"unknown source '{unknown}' (known: {string.Join(", ", KnownSources)})", nameof(options));
        }

        _target = target;
        _http = http;
        _options = options;
        _clock = clock;
        _log = log;
        Holder = options.Holder ?? CollectorLease.NewHolder();
    }

    /// <summary>This collector's holder id in <c>collector_leases</c>.</summary>
    public string Holder { get; }

    /// <summary>A source's pacing as the services ask: Find a Tender 10 s apart (2 minutes when throttled), Contracts Finder 2 s (5 minutes).</summary>
    public static CollectorOptions DefaultOptions(string source) => source == FindATenderCollector.Source
        ? new CollectorOptions { Interval = TimeSpan.FromSeconds(10), ThrottleWait = TimeSpan.FromSeconds(120) }
        : new CollectorOptions { Interval = TimeSpan.FromSeconds(2), ThrottleWait = TimeSpan.FromMinutes(5) };

    /// <summary>Rounds, <see cref="LiveCollectorOptions.Every"/> apart, until cancelled; a round the database failed is reported and the next tried.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; the lease was released.</exception>
    public async Task RunAsync(Action<CollectRound> report, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(report);
        while (true)
        {
            try
            {
                report(await RunRoundAsync(cancellation));
            }
            catch (DatabaseUnavailableException exception)
            {
                _log($"collect: {exception.Message}; trying again at the next round");
            }

            await (_options.Wait?.Invoke(_options.Every, cancellation) ?? Task.Delay(_options.Every, _clock, cancellation));
        }
    }

    /// <summary>One round: take the lease, collect every source up to now, release the lease.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; what was stored stays stored, and the lease was released.</exception>
    /// <exception cref="DatabaseUnavailableException">The database failed.</exception>
    public async Task<CollectRound> RunRoundAsync(CancellationToken cancellation)
    {
        var lease = new CollectorLease(_target, Holder, _options.LeaseTimeToLive, _clock);
        if (!lease.TryAcquire())
        {
            return new CollectRound(Holder, false, CollectorLease.Read(_target), [], null);
        }

        var outcomes = new List<SourceOutcome>();
        try
        {
            using var importer = StewardImporter.Open(_target, _clock);
            foreach (var source in _options.Sources)
            {
                cancellation.ThrowIfCancellationRequested();
                var to = _clock.GetUtcNow();
                var from = Reached(importer.ReadCursor(source)) ?? _options.Since ?? to - _options.LookBack;
                outcomes.Add(from < to
                    ? await CollectAsync(source, importer, lease, from, to, cancellation)
                    : new SourceOutcome(source, from, to, new CollectResult(0, 0, 0, 0, 0), null));
            }

            RefreshFigures(importer);
        }
        catch (CollectorLeaseLostException exception)
        {
            _log($"collect: {exception.Message}");
            return new CollectRound(Holder, true, CollectorLease.Read(_target), outcomes, exception.Message);
        }
        catch
        {
            TryRelease(lease);
            throw;
        }

        TryRelease(lease);
        return new CollectRound(Holder, true, null, outcomes, null);
    }

    /// <summary>Once a round, the red flags the round's pages left behind (docs/store.md, "Stored figures"); a failure leaves the portal computing them.</summary>
    private void RefreshFigures(StewardImporter importer)
    {
        try
        {
            importer.RefreshFigures();
        }
        catch (DatabaseUnavailableException exception)
        {
            _log($"collect: the stored figures were not refreshed ({exception.Message})");
        }
    }

    private async Task<SourceOutcome> CollectAsync(string source, StewardImporter importer, CollectorLease lease, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellation)
    {
        var options = (_options.SourceOptions.TryGetValue(source, out var given) ? given : DefaultOptions(source)) with { Lease = lease };
        _log($"{source}: collecting from {Iso(from)} to {Iso(to)}");
        try
        {
            var result = source == FindATenderCollector.Source
                ? await new FindATenderCollector(importer, _http, options, _clock, _log).RunAsync(from, to, cancellation)
                : await new ContractsFinderCollector(importer, _http, options, _clock, _log).RunAsync(from, to, cancellation);
            return new SourceOutcome(source, from, to, result, null);
        }
        catch (Exception exception) when (exception is CollectorException or OcdsReadException)
        {
            // One source failing (the service down, a page unreadable) does not stop the other; its cursor holds its place.
            _log($"{source}: {exception.Message}");
            return new SourceOutcome(source, from, to, null, exception.Message);
        }
    }

    private void TryRelease(CollectorLease lease)
    {
        try
        {
            lease.Release();
        }
        catch (DatabaseUnavailableException exception)
        {
            _log($"collect: the lease could not be released ({exception.Message}); it expires on its own");
        }
    }

    /// <summary>The instant a cursor reached (its first word: Contracts Finder adds the next page's link after it).</summary>
    private static DateTimeOffset? Reached(string? cursor) =>
        cursor?.Split(' ', 2)[0] is { } first &&
        DateTimeOffset.TryParse(first, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var reached)
            ? reached
            : null;

    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
