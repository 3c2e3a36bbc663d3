using System.CommandLine;
using System.Text.Json;
using Steward.Ocds;
using Steward.Ocds.Merging;
using Steward.Ocds.Validation;

namespace Steward.Cli;

/// <summary><c>steward validate</c>: check OCDS against the schema, its extensions and the Data Review Tool's further checks.</summary>
internal static partial class StewardCommand
{
    private static Command ValidateCommand(CliConsole console)
    {
        var files = FilesArgument();
        var maxRelease = MaxReleaseOption();
        var schema = SchemaOption();
        var format = new Option<string>("--format", "-f") { Description = "text: one problem per line; json: one JSON report", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var limit = new Option<int>("--max-per-code")
        {
            Description = "List at most this many problems of each kind (the rest are counted); 0 lists all",
            DefaultValueFactory = _ => 100,
        }.Within(0, int.MaxValue);
        var command = new Command("validate", "Validate OCDS against the OCDS 1.1.5 schema plus the extensions each package declares, " +
                                              "and make the Data Review Tool's further checks (duplicate release ids, ocid prefix, dates out of " +
                                              "order, codelist values, empty fields). Exit 0: valid; 1: problems listed; 2: unreadable input.")
        {
            files, maxRelease, schema, format, limit,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            var json = parsed.GetValue(format) == "json";
            var listing = new ProblemListing(parsed.GetValue(limit));
            var totals = new ValidationCounts();
            var fileReports = new List<object>();
            var unreadable = false;
            try
            {
                var provider = SchemaProviderFor(parsed.GetValue(schema), download: true);
                var validator = new OcdsValidator(provider);
                using var text = console.OutText();
                foreach (var file in parsed.GetValue(files)!)
                {
                    var counts = new ValidationCounts();
                    string? failure = null;
                    try
                    {
                        using var reader = OpenReader(file, console, ReaderOptions(parsed, maxRelease));
                        counts = await validator.ValidateAsync(reader, problem =>
                        {
                            if (listing.Admit(problem) && !json)
                            {
                                text.WriteLine(problem.ToString());
                            }
                        }, cancellation);
                    }
                    catch (Ocds.Reading.OcdsReadException exception)
                    {
                        failure = exception.Message;
                        unreadable = true;
                        console.Error.WriteLine($"steward: {exception.Message}");
                    }

                    totals.Add(counts);
                    fileReports.Add(new
                    {
                        file,
                        readable = failure is null,
                        error = failure,
                        documents = counts.Documents,
                        releases = counts.Releases,
                        records = counts.Records,
                        errors = counts.Errors,
                        warnings = counts.Warnings,
                    });
                }

                if (json)
                {
                    text.Write(JsonSerializer.Serialize(new
                    {
                        valid = totals.Errors == 0 && !unreadable,
                        files = fileReports,
                        problems = listing.Listed.Select(ToJson),
                        omitted = listing.Omitted,
                        summary = new { totals.Documents, totals.Releases, totals.Records, totals.Errors, totals.Warnings },
                    }, ReportJson));
                    text.WriteLine();
                }
                else
                {
                    foreach (var (code, count) in listing.Omitted)
                    {
                        text.WriteLine($"... and {count} more {code} problems not listed (use --max-per-code 0 to list all)");
                    }
                }
            }
            catch (SchemaUnavailableException exception)
            {
                await console.Error.WriteLineAsync($"steward: {exception.Message}");
                return ExitCodes.UsageOrUnreadable;
            }

            await console.Error.WriteLineAsync(
                $"steward validate: {fileReports.Count} files, {totals.Releases} releases, {totals.Records} records: " +
                $"{totals.Errors} errors, {totals.Warnings} warnings");
            return unreadable ? ExitCodes.UsageOrUnreadable : totals.Errors > 0 ? ExitCodes.Problems : ExitCodes.Ok;
        });
        return command;
    }

    private static readonly JsonSerializerOptions ReportJson = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    private static object ToJson(OcdsProblem problem) => new
    {
        severity = problem.Severity == ProblemSeverity.Error ? "error" : "warning",
        code = problem.Code,
        message = problem.Message,
        file = problem.Location?.Source,
        line = problem.Location?.Line,
        byteOffset = problem.Location?.ByteOffset,
        ocid = problem.Ocid,
        releaseId = problem.ReleaseId,
        path = problem.JsonPath,
    };

    /// <summary>
    /// The schema folder a command uses: <c>--schema DIR</c> as it is, or the cache, which <paramref name="download"/>
    /// lets the command fill from the official URLs.
    /// </summary>
    private static SchemaProvider SchemaProviderFor(string? folder, bool download)
    {
        if (folder is not null)
        {
            if (!Directory.Exists(folder))
            {
                throw new SchemaUnavailableException($"--schema {folder}: no such folder");
            }

            return new SchemaProvider(new SchemaFolder(folder));
        }

        var cache = new SchemaFolder(SchemaFolder.DefaultCache());
        if (!download)
        {
            return new SchemaProvider(cache);
        }

        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("steward-ocds/1.0");
        return new SchemaProvider(cache, new SchemaDownloader(http));
    }

    /// <summary>
    /// The merge rules for compile: from <c>--schema DIR</c>, or from the cache when it already holds the schema,
    /// with the inputs' extensions applied where available; otherwise the built-in OCDS 1.1.5 rules. Compile never
    /// downloads.
    /// </summary>
    private static MergeRules SchemaForMerge(string? folder, IEnumerable<string> extensions, CliConsole console)
    {
        var provider = SchemaProviderFor(folder, download: false);
        if (folder is null && !provider.Folder.HasCore)
        {
            return MergeRules.Ocds11;
        }

        var declared = extensions.Distinct(StringComparer.Ordinal).ToList();
        var schema = provider.GetAsync(declared).GetAwaiter().GetResult();
        if (schema.Unavailable.Count > 0)
        {
            console.Error.WriteLine($"steward compile: {schema.Unavailable.Count} declared extensions are not in {provider.Folder.Root}; " +
                                    "their merge rules (wholeListMerge) were not applied");
        }

        return schema.MergeRules;
    }
}
