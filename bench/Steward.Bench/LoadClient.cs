using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Steward.Bench;

/// <summary>
/// <c>load URL PATHS SECONDS CONNECTIONS</c>: the portal's load test client (bench/load/run.sh). Each of CONNECTIONS
/// keep-alive connections asks for a path drawn at random from the file PATHS (seeded per connection), waits for the
/// whole response, and asks again, for SECONDS; every request's time, from sending to the last byte, is kept, so the
/// percentiles are per request. Prints one line: <c>RESULT requests=… rps=… p50_ms=… p95_ms=… p99_ms=… max_ms=… non2xx=… errors=…</c>.
/// </summary>
/// <remarks>
/// wrk 4.1 (Debian's package), used before, reports a latency distribution that cannot be per request when some requests
/// are far slower than the rest: on a cold search run its mean latency times its request count came to 8,977 s from 50
/// connections in 30 s (at most 1,505 s), while the server's own log of the same run gave a tenth of it
/// (docs/performance.md, "Measuring latency per request").
/// </remarks>
internal static class LoadClient
{
    public static int Run(string url, string pathFile, double seconds, int connections)
    {
        var paths = File.ReadAllLines(pathFile).Where(p => p.Length > 0).ToArray();
        if (paths.Length == 0)
        {
            Console.Error.WriteLine($"{pathFile}: no paths");
            return 2;
        }

        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            UseCookies = false,
        };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var deadline = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, connections).Select(i => Task.Run(() => WorkAsync(client, paths, new Random(1000 + i), deadline))).ToArray();
        Task.WaitAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var times = workers.SelectMany(w => w.Result.Times).Order().ToArray();
        var non2xx = workers.Sum(w => w.Result.Non2xx);
        var errors = workers.Sum(w => w.Result.Errors);
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        double Percentile(double p) => times.Length == 0 ? 0 : Ms(times[Math.Min(times.Length - 1, (int)Math.Ceiling(p / 100 * times.Length) - 1)]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT requests={times.Length} seconds={elapsed:F1} rps={times.Length / elapsed:F1} p50_ms={Percentile(50):F2} p95_ms={Percentile(95):F2} " +
            $"p99_ms={Percentile(99):F2} max_ms={(times.Length == 0 ? 0 : Ms(times[^1])):F2} mean_ms={(times.Length == 0 ? 0 : times.Average(Ms)):F2} non2xx={non2xx} errors={errors}"));
        return errors == 0 ? 0 : 1;
    }

    private static async Task<Worker> WorkAsync(HttpClient client, string[] paths, Random random, long deadline)
    {
        var worker = new Worker();
        var buffer = new byte[64 * 1024];
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var path = paths[random.Next(paths.Length)];
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
                await using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                while (await body.ReadAsync(buffer).ConfigureAwait(false) > 0)
                {
                }

                worker.Times.Add(Stopwatch.GetTimestamp() - start);
                if ((int)response.StatusCode is < 200 or > 299)
                {
                    worker.Non2xx++;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                worker.Errors++;
            }
        }

        return worker;
    }

    private sealed class Worker
    {
        public List<long> Times { get; } = [];

        public int Non2xx { get; set; }

        public int Errors { get; set; }
    }
}
