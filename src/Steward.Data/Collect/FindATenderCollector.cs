using System.Globalization;
using Steward.Data.Ingest;

namespace Steward.Data.Collect;

/// <summary>
/// Collects Find a Tender's OCDS release packages (<c>GET /api/1.0/ocdsReleasePackages</c>) into the store, one
/// time window at a time. It never follows <c>links.next</c>: the API's cursor silently drops releases at page
/// boundaries, so a window that comes back full (100 releases) is split in two and each half asked for again.
/// Windows are given in UK local time, both ends inclusive, as the API reads them. After each window the place
/// reached is saved with the window's releases, in one transaction, so an interrupted run resumes from there.
/// </summary>
public sealed class FindATenderCollector(StewardImporter importer, HttpClient http, CollectorOptions options, TimeProvider clock, Action<string> log)
{
    /// <summary>The cursor's name in <c>collector_cursors</c>.</summary>
    public const string Source = "fts";

    public static readonly Uri DefaultBase = new("https://www.find-tender.service.gov.uk/api/1.0/");

    private const int Limit = 100;
    private static readonly TimeSpan SmallestWindow = TimeSpan.FromMinutes(1);
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private readonly ThrottledClient _client = new(http, options, clock, log, forbiddenMeansThrottled: false);
    private readonly Uri _base = options.BaseUrl ?? DefaultBase;
    private CollectResult _result = new(0, 0, 0, 0, 0);

    /// <summary>Collects releases updated from <paramref name="from"/> up to <paramref name="to"/>, resuming where a run stopped.</summary>
    /// <exception cref="CollectorException">The service kept failing; what was collected so far is stored.</exception>
    public async Task<CollectResult> RunAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellation = default)
    {
        var start = from;
        if (importer.ReadCursor(Source) is { } saved &&
            DateTimeOffset.TryParse(saved, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var reached) && reached > from && reached < to)
        {
            log($"fts: resuming from {saved}, where the last run stopped");
            start = reached;
        }

        for (var windowStart = start; windowStart < to;)
        {
            var windowEnd = Min(windowStart + options.Window, to);
            await WindowAsync(windowStart, windowEnd, cancellation);
            windowStart = windowEnd;
        }

        return _result;
    }

    private async Task WindowAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellation)
    {
        var url = new Uri(_base, $"ocdsReleasePackages?updatedFrom={Local(from)}&updatedTo={Local(to.AddSeconds(-1))}&limit={Limit}");
        var (json, releases, _) = ApiPages.Read(await _client.GetAsync(url, cancellation), url);
        if (releases >= Limit && to - from > SmallestWindow)
        {
            var middle = from + TimeSpan.FromSeconds(Math.Floor((to - from).TotalSeconds / 2));
            log($"fts: {Local(from)} to {Local(to)} is full ({releases} releases); splitting it");
            await WindowAsync(from, middle, cancellation);
            await WindowAsync(middle, to, cancellation);
            return;
        }

        if (releases >= Limit)
        {
            log($"fts: {Local(from)} to {Local(to)} still holds {releases} releases in one minute; some may be missing");
        }

        using var page = new MemoryStream(json);
        var result = importer.Import(page, url.ToString(), cursor: new CollectorCursor(Source, Iso(to)) { Lease = options.Lease?.Claim() });
        _result = _result.Add(result);
        log($"fts: {Local(from)} to {Local(to)}: {releases} releases ({result.New} new, {result.Changed} changed, {result.Skipped} skipped)");
    }

    /// <summary>The API takes times as UK local time, without an offset.</summary>
    private static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, UkTime).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
