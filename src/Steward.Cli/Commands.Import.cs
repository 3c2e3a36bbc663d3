using System.CommandLine;
using Steward.Data.Ingest;
using Steward.Ocds;
using Steward.Ocds.Reading;

namespace Steward.Cli;

/// <summary><c>steward import</c>: OCDS files, folders or standard input into the store.</summary>
internal static partial class StewardCommand
{
    /// <summary>The file names an import takes from a folder.</summary>
    private static readonly string[] ImportExtensions = [".json", ".jsonl", ".ndjson", ".gz"];

    private static Command ImportCommand(CliConsole console)
    {
        var paths = FilesArgument();
        paths.Description = "OCDS files or folders (their .json, .jsonl, .ndjson and .gz files, recursively); '-' reads standard input";
        var db = DbOption();
        var command = new Command("import", "Import OCDS into the store, each file in one transaction: importing the same data twice " +
                                            "changes nothing, a new release recompiles only its own process, and a file that fails " +
                                            "leaves the database as it was.")
        {
            paths, db,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var target = Target(parsed, db, console);
            var files = Expand(parsed.GetValue(paths)!);
            using var importer = StewardImporter.Open(target, console.Time);
            var progress = ImportProgressDisplay.For(console);
            long isNew = 0, changed = 0, skipped = 0, records = 0, problems = 0, errors = 0;
            var failed = 0;
            foreach (var file in files)
            {
                try
                {
                    var result = progress.Run(() => importer.Import(file, progress, console.OpenInput));
                    isNew += result.New;
                    changed += result.Changed;
                    skipped += result.Skipped;
                    records += result.Records;
                    problems += ReportProblems(result.Problems, console);
                    errors += result.Problems.Count(p => p.Severity == ProblemSeverity.Error);
                }
                catch (OcdsReadException exception)
                {
                    failed++;
                    console.Error.WriteLine($"steward: {exception.Message}; nothing from this file was stored");
                }
            }

            console.Error.WriteLine($"steward import: {files.Count - failed} of {files.Count} inputs into {target}: releases {isNew:N0} new, " +
                                    $"{changed:N0} changed, {skipped:N0} skipped; {records:N0} records compiled; {problems:N0} problems");
            return failed > 0 ? ExitCodes.UsageOrUnreadable : errors > 0 ? ExitCodes.Problems : ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Files as given; folders become their OCDS files, in name order.</summary>
    private static List<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (path != OcdsInput.StandardInput && Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => ImportExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    throw new CliException($"{path}: this folder holds no .json, .jsonl, .ndjson or .gz files");
                }

                files.AddRange(found);
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }
}
