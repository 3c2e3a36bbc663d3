using System.CommandLine;
using System.Text.Json;
using Steward.Core.Suppliers;

namespace Steward.Cli;

/// <summary>
/// <c>steward suppliers …</c>: the supplier register (docs/suppliers.md). <c>classify</c> is a contract other tools
/// rely on: its JSON keys and exit codes do not change.
/// </summary>
internal static partial class StewardCommand
{
    private static Command SuppliersCommand(CliConsole console)
    {
        var command = new Command("suppliers", "The supplier register: business-model profiles with evidence, classifications (SME, VCSE, " +
                                               "social enterprise, supported employment provider, public service mutual) and reserved-lot eligibility");
        command.Subcommands.Add(ClassifyCommand(console));
        foreach (var verb in RegisterCommands(console))
        {
            command.Subcommands.Add(verb);
        }

        return command;
    }

    private static Command ClassifyCommand(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "A supplier profile, JSON (docs/suppliers.md); '-' reads standard input" };
        var format = new Option<string>("--format", "-f") { Description = "json (the contract: sme, vcse, socialEnterprise, supportedEmploymentProvider, publicServiceMutual) or text", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var rules = RulesOption();
        var command = new Command("classify", "Classify one supplier profile: each classification true, false or unknown, with the tests, figures and legal references behind it. " +
                                              "Exit 0 classified; 1 the profile has problems (each names its field); 2 unreadable")
        {
            file, format, rules,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var settings = ReadRules(parsed.GetValue(rules), console);
            var path = parsed.GetValue(file)!;
            var profile = ReadProfile(path, console);
            if (profile is null)
            {
                return ExitCodes.Problems;
            }

            var result = SupplierClassifier.Classify(profile, settings);
            if (parsed.GetValue(format) == "text")
            {
                console.Out.Write(System.Text.Encoding.UTF8.GetBytes(ClassificationJson.Text(result)));
            }
            else
            {
                using var writer = new Utf8JsonWriter(console.Out, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                ClassificationJson.Write(writer, result);
                writer.Flush();
                console.Out.WriteByte((byte)'\n');
            }

            console.Out.Flush();
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Option<string?> RulesOption() => new Option<string?>("--rules")
    {
        Description = "A JSON file of classification settings (docs/suppliers.md, \"Settings\"); default: the documented defaults",
    }.ExistingFile();

    /// <summary>Reads a profile file, writing its warnings and problems (each naming the file and field) to standard error; null when it has problems.</summary>
    private static SupplierProfile? ReadProfile(string path, CliConsole console)
    {
        using var document = ReadJson(path, console);
        return ReadProfile(document, path, console);
    }

    /// <summary>The profile in <paramref name="document"/>, its warnings and problems written to standard error; null when it has problems.</summary>
    private static SupplierProfile? ReadProfile(JsonDocument document, string path, CliConsole console)
    {
        var read = SupplierProfileJson.Read(document.RootElement);
        foreach (var warning in read.Warnings)
        {
            console.Error.WriteLine($"steward: {path}: warning: {warning}");
        }

        foreach (var error in read.Errors)
        {
            console.Error.WriteLine($"steward: {path}: {error.Message}");
        }

        return read.Profile;
    }

    private static ClassificationRules ReadRules(string? path, CliConsole console)
    {
        if (path is null)
        {
            return ClassificationRules.Default;
        }

        using var document = ReadJson(path, console);
        var rules = ClassificationRulesJson.Read(document.RootElement);
        return rules.IsSuccess ? rules.Value : throw new CliException($"{path}: {rules.Error!.Message}");
    }

    /// <summary>Parses a JSON file (or standard input for '-'); a syntax error names the file, line and byte.</summary>
    private static JsonDocument ReadJson(string path, CliConsole console)
    {
        try
        {
            using var stream = path == "-" ? console.OpenInput() : File.OpenRead(path);
            return JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            throw new CliException($"{path}: line {(exception.LineNumber ?? 0) + 1}, byte {(exception.BytePositionInLine ?? 0) + 1}: not valid JSON ({FirstSentence(exception.Message)})");
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"{path}: no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliException($"{path}: no such file");
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
