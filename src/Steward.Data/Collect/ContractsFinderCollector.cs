using System.Globalization;
using Steward.Data.Ingest;

namespace Steward.Data.Collect;

/// <summary>
/// Collects Contracts Finder's OCDS search (<c>GET Published/Notices/OCDS/Search</c>) into the store, a day at a
/// time, following each day's <c>links.next</c> cursor. Contracts Finder answers 403 (and in practice 429) when it
/// wants a pause; the collector then waits five minutes, as Kingfisher Collect does. The place reached (the day,
/// and the next page within it) is saved with each page's releases, so an interrupted run resumes from there.
/// </summary>
public sealed class ContractsFinderCollector(StewardImporter importer, HttpClient http, CollectorOptions options, TimeProvider clock, Action<string> log)
{
    /// <summary>The cursor's name in <c>collector_cursors</c>.</summary>
    public const string Source = "contracts-finder";

    public static readonly Uri DefaultBase = new("https://www.contractsfinder.service.gov.uk/");

    private readonly ThrottledClient _client = new(http, options, clock, log, forbiddenMeansThrottled: true);
    private readonly Uri _base = options.BaseUrl ?? DefaultBase;
    private CollectResult _result = new(0, 0, 0, 0, 0);

    /// <summary>Collects notices published from <paramref name="from"/> up to <paramref name="to"/>, resuming where a run stopped.</summary>
    /// <exception cref="CollectorException">The service kept failing; what was collected so far is stored.</exception>
    public async Task<CollectResult> RunAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellation = default)
    {
        var start = from;
        Uri? next = null;
        if (importer.ReadCursor(Source)?.Split(' ', 2) is [var day, .. var rest] &&
            DateTimeOffset.TryParse(day, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var reached) && reached >= from && reached < to)
        {
            start = reached;
            next = rest.Length == 1 ? OnBase(rest[0]) : null;
            log($"contracts-finder: resuming from {day}{(next is null ? string.Empty : " (part-way through that day)")}");
        }

        for (var windowStart = start; windowStart < to;)
        {
            var windowEnd = windowStart.AddDays(1) < to ? windowStart.AddDays(1) : to;
            var url = next ?? new Uri(_base, $"Published/Notices/OCDS/Search?publishedFrom={Text(windowStart)}&publishedTo={Text(windowEnd)}&limit=100");
            next = null;
            while (url is not null)
            {
                var (json, releases, link) = ApiPages.Read(await _client.GetAsync(url, cancellation), url);
                var following = link is null ? null : OnBase(link);
                var cursor = following is null ? Iso(windowEnd) : $"{Iso(windowStart)} {following}";
                using var page = new MemoryStream(json);
                var result = importer.Import(page, url.ToString(), cursor: new CollectorCursor(Source, cursor) { Lease = options.Lease?.Claim() });
                _result = _result.Add(result);
                log($"contracts-finder: {Text(windowStart)}: {releases} releases ({result.New} new, {result.Changed} changed, {result.Skipped} skipped)");
                url = following;
            }

            windowStart = windowEnd;
        }

        return _result;
    }

    /// <summary>A next link, moved onto the base URL when it points elsewhere (a mirror or a test server).</summary>
    private Uri OnBase(string link)
    {
        var uri = new Uri(_base, link);
        return uri.Host == _base.Host && uri.Port == _base.Port ? uri : new Uri(_base, uri.PathAndQuery.TrimStart('/'));
    }

    private static string Text(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
