using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Steward.Ocds;
using Steward.Ocds.Compiling;

namespace Steward.Cli;

/// <summary><c>steward compile</c>: merge releases into one compiled release (or record) per process.</summary>
internal static partial class StewardCommand
{
    private static Command CompileCommand(CliConsole console)
    {
        var files = FilesArgument();
        var maxRelease = MaxReleaseOption();
        var output = OutputOption();
        var schema = SchemaOption();
        var package = new Option<bool>("--package") { Description = "Write one record package instead of JSON Lines of compiled releases" };
        var versioned = new Option<bool>("--versioned") { Description = "Write versioned releases (with --package: add a versionedRelease to each record)" };
        var linked = new Option<bool>("--linked-releases") { Description = "With --package: link releases by URL (package uri + '#' + release id) instead of embedding them" };
        var uri = new Option<string>("--uri") { Description = "With --package: the package's uri", DefaultValueFactory = _ => string.Empty };
        var publishedDate = new Option<string?>("--published-date") { Description = "With --package: the package's publishedDate (default: now, UTC)" }.Instant();
        var publisherName = new Option<string?>("--publisher-name") { Description = "With --package: the publisher's name (default: the last input package's publisher)" };
        var publisherUri = new Option<string?>("--publisher-uri") { Description = "With --package: the publisher's uri" };
        var publisherScheme = new Option<string?>("--publisher-scheme") { Description = "With --package: the publisher's scheme" };
        var publisherUid = new Option<string?>("--publisher-uid") { Description = "With --package: the publisher's uid" };
        var memory = new Option<int>("--memory-mb")
        {
            Description = "Release bytes held in memory before sorting to temporary files",
            DefaultValueFactory = _ => (int)(ReleaseGrouperOptions.DefaultMemoryBudgetBytes / (1024 * 1024)),
        };
        memory.Within(1, 1_000_000);
        var temp = new Option<string?>("--temp-dir") { Description = "Where to put temporary sorted runs (default: the system's temporary folder)" }.ExistingFolder();

        var command = new Command("compile", "Merge releases into one compiled release per ocid (JSON Lines), following the OCDS merging " +
                                             "specification; OCDS 1.0 input is upgraded to 1.1 first. Officials' contact details are left out.")
        {
            files, maxRelease, output, schema, package, versioned, linked, uri, publishedDate,
            publisherName, publisherUri, publisherScheme, publisherUid, memory, temp,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var options = new CompileOptions
            {
                Versioned = parsed.GetValue(versioned),
                LinkedReleases = parsed.GetValue(linked),
                Grouping = new ReleaseGrouperOptions
                {
                    MemoryBudgetBytes = parsed.GetValue(memory) * 1024L * 1024L,
                    TempDirectory = parsed.GetValue(temp),
                },
            };
            using var compiler = new OcdsCompiler(options);
            foreach (var file in parsed.GetValue(files)!)
            {
                using var reader = OpenReader(file, console, ReaderOptions(parsed, maxRelease));
                compiler.Read(reader);
            }

            var rules = SchemaForMerge(parsed.GetValue(schema), compiler.Packages.SelectMany(p => p.Extensions), console);
            using var target = OutputTarget.Open(parsed.GetValue(output), console);
            CompileSummary summary;
            if (parsed.GetValue(package))
            {
                var header = new RecordPackageHeader(parsed.GetValue(uri) ?? string.Empty,
                    parsed.GetValue(publishedDate) ?? console.Time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
                {
                    Publisher = Publisher(parsed.GetValue(publisherName), parsed.GetValue(publisherUri),
                        parsed.GetValue(publisherScheme), parsed.GetValue(publisherUid)),
                };
                summary = compiler.WriteRecordPackage(target.Stream, header, rules);
            }
            else
            {
                summary = compiler.WriteReleases(target.Stream, rules);
            }

            target.Commit();
            var problems = ReportProblems(compiler.Problems, console);
            var errors = compiler.Problems.Count(p => p.Severity == ProblemSeverity.Error);
            console.Error.WriteLine(
                $"steward compile: {summary.Releases} releases into {summary.Records} records" +
                (summary.Upgraded > 0 ? $"; {summary.Upgraded} upgraded from OCDS 1.0" : string.Empty) +
                (summary.Runs > 0 ? $"; sorted in {summary.Runs} runs on disk" : string.Empty) +
                (problems > 0 ? $"; {problems} problems" : string.Empty));
            return errors > 0 ? ExitCodes.Problems : ExitCodes.Ok;
        }));
        return command;
    }

    private static JsonElement? Publisher(string? name, string? uri, string? scheme, string? uid)
    {
        if (name is null && uri is null && scheme is null && uid is null)
        {
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string? value)
        {
            if (value is not null)
            {
                fields[key] = value;
            }
        }

        Add("name", name);
        Add("scheme", scheme);
        Add("uid", uid);
        Add("uri", uri);
        return JsonSerializer.SerializeToElement(fields);
    }
}
