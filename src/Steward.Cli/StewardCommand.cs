using System.CommandLine;
using Steward.Ocds;
using Steward.Ocds.Reading;

namespace Steward.Cli;

/// <summary>
/// The <c>steward</c> command line: builds the root command from the verbs in the <c>Commands.*.cs</c> files and
/// runs it. Results go to standard output, diagnostics to standard error; exit codes are in <see cref="ExitCodes"/>.
/// </summary>
internal static partial class StewardCommand
{
    /// <summary>Parses and runs <paramref name="args"/>, returning the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellation = default)
    {
        var root = Root(console);
        ParseResult parsed;
        try
        {
            parsed = root.Parse(args);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // A value no validator expected: still a usage error, never a crash.
            await console.Error.WriteLineAsync($"steward: the command line could not be read ({exception.Message})");
            return ExitCodes.UsageOrUnreadable;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await console.Error.WriteLineAsync($"steward: {error.Message}");
            }

            await console.Error.WriteLineAsync("Run 'steward --help' (or 'steward <verb> --help') for usage.");
            return ExitCodes.UsageOrUnreadable;
        }

        await using var output = new StreamWriter(console.Out, new System.Text.UTF8Encoding(false), 1 << 12, leaveOpen: true) { AutoFlush = true };
        var configuration = new InvocationConfiguration { Output = output, Error = console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellation);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug, not bad input: say so in one line; STEWARD_DEBUG=1 shows the stack trace.
            await console.Error.WriteLineAsync($"steward: unexpected error ({exception.GetType().Name}: {exception.Message}); this is a bug in steward, please report it");
            if (Environment.GetEnvironmentVariable("STEWARD_DEBUG") == "1")
            {
                await console.Error.WriteLineAsync(exception.ToString());
            }

            return ExitCodes.UsageOrUnreadable;
        }
    }

    /// <summary>Every verb, as the command tree (tests walk it to try every option).</summary>
    internal static RootCommand Root(CliConsole console)
    {
        var root = new RootCommand("Steward: open tools for mission-driven public procurement. This command line " +
                                   "reads, upgrades, compiles, validates and normalises Open Contracting Data Standard (OCDS) files.");
        root.Subcommands.Add(CompileCommand(console));
        root.Subcommands.Add(UpgradeCommand(console));
        root.Subcommands.Add(ValidateCommand(console));
        root.Subcommands.Add(NormaliseCommand(console));
        root.Subcommands.Add(DetectCommand(console));
        root.Subcommands.Add(ImportCommand(console));
        root.Subcommands.Add(StatsCommand(console));
        root.Subcommands.Add(DatabaseCommand(console));
        root.Subcommands.Add(DemoCommand(console));
        root.Subcommands.Add(FetchCommand(console));
        root.Subcommands.Add(CollectCommand(console));
        root.Subcommands.Add(ReportCommand(console));
        root.Subcommands.Add(FlagsCommand(console));
        root.Subcommands.Add(SuppliersCommand(console));
        root.Subcommands.Add(OrganisationsCommand(console));
        root.Subcommands.Add(AccountsCommand(console));
        root.Subcommands.Add(AuditCommand(console));
        root.Subcommands.Add(TendersCommand(console));
        root.Subcommands.Add(StandstillCommand(console));
        root.Subcommands.Add(SroiCommand(console));
        return root;
    }

    /// <summary>The positional FILE... argument every toolkit verb takes; <c>-</c> is standard input.</summary>
    private static Argument<string[]> FilesArgument()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "OCDS files: release or record packages, releases, records, arrays of them, JSON Lines, gzip of any; '-' reads standard input",
            Arity = ArgumentArity.OneOrMore,
        };

        return RejectingOptions(files);
    }

    /// <summary>With a one-or-more argument, an unknown option would otherwise be taken for a value: refuse it.</summary>
    private static Argument<string[]> RejectingOptions(Argument<string[]> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && token.Value != OcdsInput.StandardInput)
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
        return argument;
    }

    private static Option<string?> OutputOption() => new Option<string?>("--output", "-o")
    {
        Description = "Write the result to this file (written whole or not at all) instead of standard output",
    }.FileToWrite();

    /// <summary>The largest release or record read as one (<see cref="OcdsReaderOptions.MaxValueBytes"/>).</summary>
    private static Option<int> MaxReleaseOption() => new Option<int>("--max-release-mb")
    {
        Description = "The largest single release, record or package field read, in MiB (default 16); a larger one is refused with its place",
        DefaultValueFactory = _ => OcdsReaderOptions.DefaultMaxValueBytes / (1024 * 1024),
    }.Within(1, 2047);

    private static OcdsReaderOptions ReaderOptions(ParseResult parsed, Option<int> maxRelease) =>
        new() { MaxValueBytes = parsed.GetValue(maxRelease) * 1024 * 1024 };

    private static Option<string?> SchemaOption() => new Option<string?>("--schema")
    {
        Description = "A folder holding the OCDS schema (ocds-1.1.5/release-schema.json) and extensions (extensions/<name>/); " +
                      "default: the schema cache, filled from the official URLs on first use",
    }.ExistingFolder();

    /// <summary>
    /// Opens one input for reading, standard input for <c>-</c>; what the reader mends (bytes that are not UTF-8,
    /// half surrogate pairs, repeated keys) is a warning on standard error unless the verb reports it itself.
    /// </summary>
    private static OcdsReader OpenReader(string path, CliConsole console, OcdsReaderOptions? options = null)
    {
        var reader = path == OcdsInput.StandardInput
            ? new OcdsReader(OcdsInput.Decode(console.OpenInput()), OcdsInput.StandardInput, options, ownsStream: true)
            : OcdsReader.Open(path, options);
        reader.OnWarning = problem => console.Error.WriteLine(problem.ToString());
        return reader;
    }

    /// <summary>Writes problems to standard error, one line each, and returns how many there were.</summary>
    private static int ReportProblems(IEnumerable<OcdsProblem> problems, CliConsole console)
    {
        var count = 0;
        foreach (var problem in problems)
        {
            console.Error.WriteLine(problem.ToString());
            count++;
        }

        return count;
    }

    /// <summary>Runs a verb's body, turning the failures it expects into a message and exit code 2.</summary>
    private static int Guard(CliConsole console, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (OcdsReadException exception)
        {
            console.Error.WriteLine($"steward: {exception.Message}");
            return ExitCodes.UsageOrUnreadable;
        }
        catch (Data.DatabaseUnavailableException exception)
        {
            console.Error.WriteLine($"steward: {exception.Message}");
            return ExitCodes.UsageOrUnreadable;
        }
        catch (Ocds.Validation.SchemaUnavailableException exception)
        {
            console.Error.WriteLine($"steward: {exception.Message}");
            return ExitCodes.UsageOrUnreadable;
        }
        catch (CliException exception)
        {
            console.Error.WriteLine($"steward: {exception.Message}");
            return exception.ExitCode;
        }
        catch (IOException exception)
        {
            console.Error.WriteLine($"steward: {exception.Message}");
            return ExitCodes.UsageOrUnreadable;
        }
        catch (UnauthorizedAccessException exception)
        {
            console.Error.WriteLine($"steward: {exception.Message}");
            return ExitCodes.UsageOrUnreadable;
        }
    }
}
