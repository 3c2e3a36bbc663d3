using System.Net;

namespace Steward.Data.Collect;

/// <summary>
/// GETs pages from a public API politely: one request at a time, at least <see cref="CollectorOptions.Interval"/>
/// apart; on "too many requests" (429, 503, and Contracts Finder's 403) it waits as long as <c>Retry-After</c>
/// says (or <see cref="CollectorOptions.ThrottleWait"/>) and asks again; a dropped connection or a server error is
/// tried again with a growing pause. Before every request (after any wait) it renews the collector's lease, if it has
/// one, and so stops at once when another collector has taken it over.
/// </summary>
internal sealed class ThrottledClient(HttpClient http, CollectorOptions options, TimeProvider clock, Action<string> log, bool forbiddenMeansThrottled)
{
    private long _lastRequest = long.MinValue;

    public async Task<byte[]> GetAsync(Uri url, CancellationToken cancellation)
    {
        var throttles = 0;
        var failures = 0;
        while (true)
        {
            await PaceAsync(cancellation);
            options.Lease?.Renew();
            HttpResponseMessage response;
            try
            {
                response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellation);
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException || (exception is TaskCanceledException && !cancellation.IsCancellationRequested))
            {
                if (++failures > options.Retries)
                {
                    throw new CollectorException($"{url}: the connection failed {failures} times ({exception.Message})", exception);
                }

                var pause = TimeSpan.FromSeconds(5 * failures * failures);
                log($"{url}: the connection failed ({exception.Message}); trying again in {pause.TotalSeconds:F0} s");
                await WaitAsync(pause, cancellation);
                continue;
            }

            using (response)
            {
                if (IsThrottled(response.StatusCode))
                {
                    if (++throttles > options.MaxThrottles)
                    {
                        throw new CollectorException($"{url}: the service kept answering {(int)response.StatusCode} (too many requests); try again later");
                    }

                    var wait = RetryAfter(response) ?? options.ThrottleWait;
                    log($"{url}: the service answered {(int)response.StatusCode} (too many requests); waiting {wait.TotalSeconds:F0} s");
                    await WaitAsync(wait, cancellation);
                    continue;
                }

                if ((int)response.StatusCode >= 500)
                {
                    if (++failures > options.Retries)
                    {
                        throw new CollectorException($"{url}: the service answered {(int)response.StatusCode} {failures} times");
                    }

                    await WaitAsync(TimeSpan.FromSeconds(5 * failures * failures), cancellation);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new CollectorException($"{url}: the service answered {(int)response.StatusCode} {response.ReasonPhrase}");
                }

                try
                {
                    return await response.Content.ReadAsByteArrayAsync(cancellation);
                }
                catch (Exception exception) when (exception is HttpRequestException or IOException)
                {
                    if (++failures > options.Retries)
                    {
                        throw new CollectorException($"{url}: the connection dropped {failures} times while the page was read ({exception.Message})", exception);
                    }

                    log($"{url}: the connection dropped while the page was read; trying again");
                    await WaitAsync(TimeSpan.FromSeconds(5 * failures * failures), cancellation);
                }
            }
        }
    }

    private bool IsThrottled(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable || (forbiddenMeansThrottled && status == HttpStatusCode.Forbidden);

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - clock.GetUtcNow() : null;
    }

    private async Task PaceAsync(CancellationToken cancellation)
    {
        if (_lastRequest != long.MinValue)
        {
            var since = clock.GetElapsedTime(_lastRequest);
            if (since < options.Interval)
            {
                await WaitAsync(options.Interval - since, cancellation);
            }
        }

        _lastRequest = clock.GetTimestamp();
    }

    private Task WaitAsync(TimeSpan wait, CancellationToken cancellation) =>
        wait <= TimeSpan.Zero
            ? Task.CompletedTask
            : options.Wait?.Invoke(wait, cancellation) ?? Task.Delay(wait, clock, cancellation);
}
