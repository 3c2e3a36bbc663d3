using System.CommandLine;
using System.Globalization;
using Steward.Data.Ingest;
using Steward.Ocds;
using Steward.Ocds.Reading;

namespace Steward.Cli;

/// <summary><c>steward import</c>: OCDS files, folders or standard input into the store.</summary>
internal static partial class StewardCommand
{
    private static Command ImportCommand(CliConsole console)
    {
        var paths = FilesArgument();
        paths.Description = "OCDS files or folders (their .json, .jsonl, .ndjson and .gz files, recursively; each real folder once); '-' reads standard input";
        var db = DbOption();
        var maxRelease = MaxReleaseOption();
        var timings = new Option<bool>("--timings")
        {
            Description = "After each input, how long each step took (reading, applying, compiling, figures, commit), the CPU used and the peak memory; " +
                          "and how long the stored figures' refresh took",
        };
        var command = new Command("import", "Import OCDS into the store, each file in one transaction: importing the same data twice " +
                                            "changes nothing, a new release recompiles only its own process, and a file that fails " +
                                            "leaves the database as it was while the others are imported. Exit 0: all stored; 1: stored, " +
                                            "with errors listed (releases left out); 2: an input could not be stored (named in the summary).")
        {
            paths, db, maxRelease, timings,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var target = Target(parsed, db, console);
            var files = ImportInputs.Expand(parsed.GetValue(paths)!, warning => console.Error.WriteLine($"steward: {warning}"));
            using var importer = StewardImporter.Open(target, console.Time);
            importer.ReaderOptions = ReaderOptions(parsed, maxRelease);
            var progress = ImportProgressDisplay.For(console);
            long isNew = 0, changed = 0, skipped = 0, records = 0, problems = 0, errors = 0;
            var failed = new List<string>();
            foreach (var file in files)
            {
                try
                {
                    var result = progress.Run(() => importer.Import(file, progress, console.OpenInput));
                    if (parsed.GetValue(timings))
                    {
                        console.Error.WriteLine($"steward import: {TimingsLine(result)}");
                    }

                    isNew += result.New;
                    changed += result.Changed;
                    skipped += result.Skipped;
                    records += result.Records;
                    problems += ReportProblems(result.Problems, console);
                    errors += result.Problems.Count(p => p.Severity == ProblemSeverity.Error);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // This input is rolled back; the run goes on with the next.
                    failed.Add(file);
                    console.Error.WriteLine($"steward: {FailureMessage(file, exception)}; nothing from this file was stored");
                }
            }

            if (failed.Count < files.Count)
            {
                var refreshing = System.Diagnostics.Stopwatch.StartNew();
                RefreshFigures(importer, "steward import", console);
                if (parsed.GetValue(timings))
                {
                    console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"steward import: refreshing the stored figures took {refreshing.Elapsed.TotalSeconds:F2} s"));
                }
            }

            console.Error.WriteLine($"steward import: {files.Count - failed.Count} of {files.Count} inputs into {target}: releases {isNew:N0} new, " +
                                    $"{changed:N0} changed, {skipped:N0} skipped; {records:N0} records compiled; {problems:N0} problems" +
                                    (failed.Count == 0 ? string.Empty : $"; not stored: {string.Join(", ", failed)}"));
            return failed.Count > 0 ? ExitCodes.UsageOrUnreadable : errors > 0 ? ExitCodes.Problems : ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>
    /// Brings the stored figures up to date (docs/store.md, "Stored figures"): the red flags once per command, or
    /// everything for a store from before them. A failure leaves the store as it was and the portal computing.
    /// </summary>
    private static void RefreshFigures(StewardImporter importer, string verb, CliConsole console)
    {
        try
        {
            console.Error.WriteLine($"{verb}: stored figures {importer.RefreshFigures()}");
        }
        catch (Data.DatabaseUnavailableException exception)
        {
            console.Error.WriteLine($"steward: {exception.Message}; the stored figures were not refreshed (steward db rebuild does it)");
        }
    }

    /// <summary>
    /// <c>--timings</c>' line for an input: <c>FILE took 7.31 s: reading 1.62 s, applying 0.01 s, compiling 3.61 s, figures
    /// 1.67 s, commit 0.40 s; CPU 10.32 s; peak memory 448 MB</c> (the process's CPU over the input, every thread's; its
    /// largest resident memory so far).
    /// </summary>
    private static string TimingsLine(ImportResult result)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var steps = string.Join(", ", result.Steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Wall.TotalSeconds:F2} s")));
        return string.Create(CultureInfo.InvariantCulture,
            $"{result.Source} took {result.Steps.Sum(s => s.Wall.TotalSeconds):F2} s: {steps}; CPU {result.Steps.Sum(s => s.Cpu.TotalSeconds):F2} s; " +
            $"peak memory {process.PeakWorkingSet64 / 1_000_000:N0} MB");
    }

    /// <summary>Why an input could not be stored, in one line naming it.</summary>
    private static string FailureMessage(string file, Exception exception) => exception switch
    {
        OcdsReadException or Data.DatabaseUnavailableException => exception.Message,
        _ => $"{file}: Steward could not store this input ({exception.GetType().Name}: {exception.Message}); please report it with the file, " +
             "since every input should be stored or refused with its place",
    };
}
