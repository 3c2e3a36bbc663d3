using System.CommandLine;
using System.Globalization;
using Steward.Core.Tenders;

namespace Steward.Cli;

/// <summary>
/// <c>steward tenders check DESIGN.json</c>: the design checker's findings (docs/tenders.md). A contract: JSON keys
/// <c>code</c>, <c>severity</c>, <c>message</c>, <c>reference</c>, <c>path</c>; exit 0 no finding, 1 any finding, 2 a
/// file that cannot be read or a value of the wrong type.
/// </summary>
internal static partial class StewardCommand
{
    private static Command TendersCheckCommand(CliConsole console)
    {
        var design = new Argument<string>("DESIGN") { Description = "A tender design, JSON (docs/tenders.md); - reads standard input" };
        var format = new Option<string>("--format") { Description = "json or text (default text)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("json", "text");
        var on = new Option<string?>("--on") { Description = "Check as on this day, YYYY-MM-DD (default today): a deadline before it has passed" }.Instant();
        var models = new Option<string?>("--models") { Description = "Social Value Model reference data to use instead of the copy shipped (docs/tenders.md)" }.ExistingFile();
        var rules = new Option<string?>("--rules") { Description = "Register settings, e.g. the reservable services list (docs/suppliers.md)" }.ExistingFile();
        var command = new Command("check", "Check a design before publication: weights, the social value floor, goals and measures, the price method, " +
                                           "tie-break, tender period and reservations. Exit 0 no finding; 1 any finding; 2 unreadable")
        {
            design, format, on, models, rules,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var path = parsed.GetValue(design)!;
            var settings = new DesignCheckSettings(Today(parsed.GetValue(on), console))
            {
                Models = ReadModels(parsed.GetValue(models), console),
                Rules = ReadRules(parsed.GetValue(rules), console),
            };
            using var json = ReadJson(path, console);
            var (read, errors) = TenderDesignJson.Read(json.RootElement);
            if (errors.Count > 0)
            {
                foreach (var error in errors)
                {
                    console.Error.WriteLine($"steward tenders check: {path}: {error.Message}");
                }

                return ExitCodes.UsageOrUnreadable;
            }

            var findings = DesignChecker.Check(read, settings);
            using var output = console.OutText();
            if (parsed.GetValue(format) == "json")
            {
                output.WriteLine(DesignFindingsJson.Serialize(findings));
            }
            else if (findings.Count == 0)
            {
                output.WriteLine("no findings: the design can be published");
            }
            else
            {
                foreach (var finding in findings)
                {
                    output.WriteLine($"{(finding.Severity == FindingSeverity.Error ? "error" : "warning")}\t{finding.Code}\t{finding.Path}\t{finding.Message} [{finding.Reference}]");
                }

                var errorCount = findings.Count(f => f.Severity == FindingSeverity.Error);
                output.WriteLine(errorCount > 0
                    ? $"{errorCount} error(s) block publication; {findings.Count - errorCount} warning(s) need a recorded reason"
                    : $"{findings.Count} warning(s): publication needs a recorded reason for each");
            }

            return findings.Count == 0 ? ExitCodes.Ok : ExitCodes.Problems;
        }));
        return command;
    }

    private static DateOnly Today(string? on, CliConsole console)
    {
        if (on is null)
        {
            return DateOnly.FromDateTime(console.Time.GetUtcNow().UtcDateTime);
        }

        return DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CliException($"--on: \"{on}\" is not a date written YYYY-MM-DD");
    }

    private static SocialValueModels ReadModels(string? path, CliConsole console)
    {
        if (path is null)
        {
            return SocialValueModels.Default;
        }

        using var document = ReadJson(path, console);
        var read = SocialValueModels.Read(document.RootElement);
        return read.IsSuccess ? read.Value : throw new CliException($"{path}: {read.Error!.Message}");
    }
}
