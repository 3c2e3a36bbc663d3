using System.CommandLine;
using System.Globalization;
using Steward.Data.Collect;
using Steward.Data.Ingest;

namespace Steward.Cli;

/// <summary><c>steward fetch fts | contracts-finder</c>: the live public APIs into the store.</summary>
internal static partial class StewardCommand
{
    private static Command FetchCommand(CliConsole console)
    {
        var fetch = new Command("fetch", "Collect notices from the live public OCDS APIs into the store, politely (throttled, " +
                                         "waiting when told to) and resumably (the place reached is saved with each page)");
        fetch.Subcommands.Add(FetchSource(console, "fts", "Find a Tender (all UK above-threshold notices since 2021; Procurement Act notices since February 2025)",
            FindATenderCollector.Source, interval: 10, throttleWait: 120,
            (importer, http, options) => (from, to, token) => new FindATenderCollector(importer, http, options, console.Time, console.Error.WriteLine).RunAsync(from, to, token)));
        fetch.Subcommands.Add(FetchSource(console, "contracts-finder", "Contracts Finder (notices of English public bodies over £10,000/£25,000, from 2015)",
            ContractsFinderCollector.Source, interval: 2, throttleWait: 300,
            (importer, http, options) => (from, to, token) => new ContractsFinderCollector(importer, http, options, console.Time, console.Error.WriteLine).RunAsync(from, to, token)));
        return fetch;
    }

    private static Command FetchSource(CliConsole console, string name, string description, string source, int interval, int throttleWait,
        Func<StewardImporter, HttpClient, CollectorOptions, Func<DateTimeOffset, DateTimeOffset, CancellationToken, Task<CollectResult>>> collector)
    {
        var from = new Option<string>("--from") { Description = "The first day (YYYY-MM-DD, or a date-time), UTC", Required = true }.Instant();
        var to = new Option<string?>("--to") { Description = "The end, not included (default: now)" }.Instant();
        var db = DbOption();
        var baseUrl = new Option<string?>("--base-url") { Description = "Another address for the API (a mirror, or a test server)" }.WebAddress();
        var delay = new Option<double>("--delay") { Description = "Seconds between requests (0 to 3600)", DefaultValueFactory = _ => interval }.Within(0, 3600);
        var command = new Command(name, $"{description}. The cursor is saved as '{source}'.") { from, to, db, baseUrl, delay };
        command.SetAction(async (parsed, cancellation) =>
        {
            var fromValue = Instant(parsed.GetValue(from)!, "--from");
            var toValue = parsed.GetValue(to) is { } given ? Instant(given, "--to") : console.Time.GetUtcNow();
            if (fromValue is null || toValue is null)
            {
                return ExitCodes.UsageOrUnreadable;
            }

            if (toValue <= fromValue)
            {
                await console.Error.WriteLineAsync("steward: --to must be after --from");
                return ExitCodes.UsageOrUnreadable;
            }

            Uri? address = null;
            if (parsed.GetValue(baseUrl) is { } text && !Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out address))
            {
                await console.Error.WriteLineAsync($"steward: --base-url {text} is not an absolute URL");
                return ExitCodes.UsageOrUnreadable;
            }

            return await GuardAsync(console, async () =>
            {
                var target = Target(parsed, db, console);
                using var importer = StewardImporter.Open(target, console.Time);
                using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
                http.DefaultRequestHeaders.UserAgent.ParseAdd("steward-collector/1.0 (+https://github.com/steward)");
                var options = new CollectorOptions
                {
                    BaseUrl = address,
                    Interval = TimeSpan.FromSeconds(Math.Max(0, parsed.GetValue(delay))),
                    ThrottleWait = TimeSpan.FromSeconds(throttleWait),
                };
                var result = await collector(importer, http, options)(fromValue.Value, toValue.Value, cancellation);
                await console.Error.WriteLineAsync($"steward fetch {name}: {result.Pages} pages into {target}: releases {result.New:N0} new, " +
                                                   $"{result.Changed:N0} changed, {result.Skipped:N0} skipped; {result.Records:N0} records compiled");
                return ExitCodes.Ok;
            });
        });
        return command;

        DateTimeOffset? Instant(string value, string option)
        {
            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            {
                return instant;
            }

            console.Error.WriteLine($"steward: {option} {value} is not a date (use YYYY-MM-DD or an ISO 8601 date-time)");
            return null;
        }
    }

    /// <summary><see cref="Guard"/> for asynchronous verbs, also turning a collector's failure into exit code 2.</summary>
    private static async Task<int> GuardAsync(CliConsole console, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (CollectorException exception)
        {
            await console.Error.WriteLineAsync($"steward: {exception.Message}; what was collected before is stored, and the next run resumes from there");
            return ExitCodes.UsageOrUnreadable;
        }
        catch (Exception exception) when (exception is Ocds.Reading.OcdsReadException or Data.DatabaseUnavailableException or CliException)
        {
            return Guard(console, () => throw exception);
        }
    }
}
