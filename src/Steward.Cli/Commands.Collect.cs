using System.CommandLine;
using System.Globalization;
using Steward.Data.Collect;

namespace Steward.Cli;

/// <summary>
/// <c>steward collect</c>: keeps a store current from Find a Tender and Contracts Finder, in rounds, under the store's
/// collector lease (docs/store.md "Live collectors", ADR 0014), so that any number of collectors can share a database.
/// </summary>
internal static partial class StewardCommand
{
    private static Command CollectCommand(CliConsole console)
    {
        var sources = new Option<string>("--sources")
        {
            Description = "The sources, comma-separated",
            DefaultValueFactory = _ => string.Join(',', LiveCollector.KnownSources),
        }.Check(value => Sources(value) is null ? $"is not a list of sources ({string.Join(", ", LiveCollector.KnownSources)})" : null);
        var every = new Option<int>("--every") { Description = "Minutes between rounds (1 to 1440)", DefaultValueFactory = _ => 15 }.Within(1, 1440);
        var once = new Option<bool>("--once") { Description = "One round, then exit (for cron or a scheduled job)" };
        var since = new Option<string?>("--since")
        {
            Description = "Where a source without a cursor starts (YYYY-MM-DD or a date-time, UTC; default: 7 days ago)",
        }.Instant();
        var ftsUrl = new Option<string?>("--fts-url") { Description = "Another address for Find a Tender's API (a mirror, or a test server)" }.WebAddress();
        var cfUrl = new Option<string?>("--contracts-finder-url") { Description = "Another address for Contracts Finder (a mirror, or a test server)" }.WebAddress();
        var delay = new Option<double>("--delay") { Description = "Seconds between requests, 0 to 3600 (default: 10 for Find a Tender, 2 for Contracts Finder)" }.Within(0, 3600);
        var leaseSeconds = new Option<int>("--lease-seconds")
        {
            Description = "The lease's time to live in seconds, 30 to 86400: longer than any pause and any clock skew between nodes",
            DefaultValueFactory = _ => (int)CollectorLease.DefaultTimeToLive.TotalSeconds,
        }.Within(30, 86400);
        var db = DbOption();
        var command = new Command("collect", "Keep the store current from Find a Tender and Contracts Finder: every --every minutes, " +
                                             "each source from its cursor up to now; one collector at a time per database (a lease in it)")
        {
            sources, every, once, since, ftsUrl, cfUrl, delay, leaseSeconds, db,
        };
        command.SetAction(async (parsed, cancellation) => await GuardAsync(console, async () =>
        {
            var target = Target(parsed, db, console);
            var chosen = Sources(parsed.GetValue(sources)!)!;
            var urls = new Dictionary<string, string?>
            {
                [FindATenderCollector.Source] = parsed.GetValue(ftsUrl),
                [ContractsFinderCollector.Source] = parsed.GetValue(cfUrl),
            };
            var options = new LiveCollectorOptions
            {
                Sources = chosen,
                SourceOptions = chosen.ToDictionary(s => s, s => LiveCollector.DefaultOptions(s) with
                {
                    BaseUrl = urls[s] is { } url ? new Uri(url.EndsWith('/') ? url : url + "/") : null,
                    Interval = parsed.GetResult(delay) is null ? LiveCollector.DefaultOptions(s).Interval : TimeSpan.FromSeconds(parsed.GetValue(delay)),
                }),
                Since = parsed.GetValue(since) is { } day ? DateTimeOffset.Parse(day, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null,
                Every = TimeSpan.FromMinutes(parsed.GetValue(every)),
                LeaseTimeToLive = TimeSpan.FromSeconds(parsed.GetValue(leaseSeconds)),
            };
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("steward-collector/1.0 (+https://github.com/steward)");
            var collector = new LiveCollector(target, http, options, console.Time, console.Error.WriteLine);
            var runOnce = parsed.GetValue(once);
            await console.Error.WriteLineAsync($"steward collect: {string.Join(", ", chosen)} into {target} as {collector.Holder}" +
                                               (runOnce ? ", one round" : $", every {options.Every.TotalMinutes:F0} minutes (Ctrl+C stops)"));
            try
            {
                if (runOnce)
                {
                    return Report(console, await collector.RunRoundAsync(cancellation), runOnce);
                }

                await collector.RunAsync(round => Report(console, round, runOnce), cancellation);
                return ExitCodes.Ok;
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                await console.Error.WriteLineAsync("steward collect: stopped; the lease is released, what was collected is stored, and the next run resumes from the cursors");
                return ExitCodes.Ok;
            }
        }));
        return command;
    }

    /// <summary>The sources named in <paramref name="text"/>, without repeats, or null if one is unknown or none is named.</summary>
    private static List<string>? Sources(string text)
    {
        var named = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        return named.Count > 0 && named.All(LiveCollector.KnownSources.Contains) ? named : null;
    }

    /// <summary>Says what a round did; its exit code: 0 collected or another holds the lease, 2 a source stopped or the lease was lost.</summary>
    private static int Report(CliConsole console, CollectRound round, bool once)
    {
        if (!round.Acquired)
        {
            var holder = round.HeldBy is { } held
                ? $"{held.Holder} holds the lease until {held.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}"
                : "the database is busy (another process is writing to it)";
            console.Error.WriteLine($"steward collect: another collector is working: {holder}; {(once ? "nothing to do" : "trying again at the next round")}");
            return ExitCodes.Ok;
        }

        foreach (var source in round.Sources)
        {
            console.Error.WriteLine(source.Result is { } result
                ? $"steward collect {source.Source}: {result.Pages} pages: releases {result.New:N0} new, {result.Changed:N0} changed, " +
                  $"{result.Skipped:N0} skipped; {result.Records:N0} records compiled"
                : $"steward collect {source.Source}: {source.Error}; what was collected before is stored, and the next round resumes from there");
        }

        if (round.LeaseLost is { } lost)
        {
            console.Error.WriteLine($"steward collect: {lost}; the collector that holds it now carries on (make --lease-seconds longer than any pause)");
        }

        return round.Failed || round.LeaseLost is not null ? ExitCodes.UsageOrUnreadable : ExitCodes.Ok;
    }
}
