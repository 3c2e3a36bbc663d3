using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Steward.Core.Suppliers;
using Steward.Data.Suppliers;

namespace Steward.Cli;

/// <summary><c>steward suppliers add|import|list|show|link</c>: the register in the store (docs/suppliers.md).</summary>
internal static partial class StewardCommand
{
    private static IEnumerable<Command> RegisterCommands(CliConsole console) =>
    [
        AddProfileCommand(console), ImportSuppliersCommand(console), ListProfilesCommand(console), ShowProfileCommand(console),
        LinkProfileCommand(console), EligibilityCommand(console), MismatchesCommand(console), SharesCommand(console), CostsCommand(console), UnitCostsCommand(console),
    ];

    private static Option<string?> ByOption() => new("--by")
    {
        Description = "Who is making the change, kept in the history and the audit trail: a role or team (default: the USER environment variable), or an account's id or e-mail (kept by its id, shown by its role and organisation)",
    };

    private static string Who(ParseResult parsed, Option<string?> by, CliConsole console) =>
        parsed.GetValue(by) is { Length: > 0 } who ? who : console.Environment("USER") is { Length: > 0 } user ? user : "command line";

    /// <summary>Who --by names: an account (by id or e-mail) is kept in the audit trail by its id and shown by its role; else the text as given.</summary>
    private static Data.Accounts.ActingParty Acting(ParseResult parsed, Option<string?> by, Option<string?> db, CliConsole console) =>
        Data.Accounts.ActingParties.Resolve(Target(parsed, db, console), Who(parsed, by, console));

    private static SupplierRegister Register(ParseResult parsed, Option<string?> db, CliConsole console) => new(Target(parsed, db, console), console.Time);

    private static Command AddProfileCommand(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "A supplier profile, JSON (docs/suppliers.md); '-' reads standard input" };
        var db = DbOption();
        var by = ByOption();
        var command = new Command("add", "Save a supplier profile in the register: new, or a new version of the profile its identifiers belong to (every change is kept). " +
                                         "It is linked to a published organisation by identifier; name matches are only suggested")
        {
            file, db, by,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var path = parsed.GetValue(file)!;
            using var document = ReadJson(path, console);
            if (ReadProfile(document, path, console) is not { } profile)
            {
                console.Error.WriteLine($"steward: {path}: not saved; the register is unchanged");
                return ExitCodes.Problems;
            }

            var outcome = RegisterCall(() => Register(parsed, db, console).Save(document.RootElement, profile, Acting(parsed, by, db, console)), path);
            using var output = console.OutText();
            output.WriteLine($"{outcome.Id}: {outcome.Action}{(outcome.Fields.Count > 0 && outcome.Fields[0] != "*" ? $" ({string.Join(", ", outcome.Fields)})" : string.Empty)}");
            output.WriteLine(outcome.OrganisationId is { } org ? $"linked to organisation {org}" : "not linked to a published organisation");
            foreach (var suggestion in outcome.Suggestions)
            {
                output.WriteLine($"name match (not linked; confirm with 'steward suppliers link {outcome.Id} {suggestion.OrganisationId}'): {suggestion.OrganisationId} {suggestion.Name}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command ImportSuppliersCommand(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "A supplier list, CSV with a header row naming profile columns (docs/suppliers.md, \"CSV import\")" };
        var db = DbOption();
        var by = ByOption();
        var command = new Command("import", "Import a supplier list (CSV): each row is checked and saved on its own; prints a line per row saying what was " +
                                            "accepted and why any row was refused. Exit 0 all rows accepted; 1 some refused; 2 unreadable")
        {
            file, db, by,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var path = parsed.GetValue(file)!;
            var register = Register(parsed, db, console);
            using var reader = path == "-" ? new StreamReader(console.OpenInput()) : OpenText(path);
            var rows = RegisterCall(() => SupplierCsv.Import(reader, path, register, Acting(parsed, by, db, console), w => console.Error.WriteLine($"steward: {w}")), path);
            using var output = console.OutText();
            foreach (var row in rows)
            {
                output.WriteLine(row.Accepted
                    ? $"line {row.Line}: accepted: {row.Name} → {row.ProfileId}: {row.Outcome}"
                    : $"line {row.Line}: refused: {row.Name ?? "(no name)"}: {string.Join("; ", row.Problems.Select(p => p.StartsWith("line ", StringComparison.Ordinal) ? p[(p.IndexOf(": ", StringComparison.Ordinal) + 2)..] : p))}");
            }

            var refused = rows.Count(r => !r.Accepted);
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"steward suppliers import: {rows.Count - refused:N0} row(s) accepted, {refused:N0} refused"));
            return refused == 0 ? ExitCodes.Ok : ExitCodes.Problems;
        }));
        return command;
    }

    private static StreamReader OpenText(string path)
    {
        try
        {
            return new StreamReader(path);
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

    private static T RegisterCall<T>(Func<T> call, string? source = null)
    {
        try
        {
            return call();
        }
        catch (RegisterException exception)
        {
            throw new CliException(source is null ? exception.Message : $"{source}: {exception.Message}", ExitCodes.Problems);
        }
    }

    private static Command ListProfilesCommand(CliConsole console)
    {
        var db = DbOption();
        var command = new Command("list", "List the register's profiles: id, linked organisation, version and the five classifications") { db };
        command.SetAction(parsed => Guard(console, () =>
        {
            using var output = console.OutText();
            output.WriteLine("id\torganisation\tversion\tname\tsme\tvcse\tsocialEnterprise\tsupportedEmploymentProvider\tpublicServiceMutual");
            foreach (var profile in Register(parsed, db, console).All())
            {
                var c = SupplierClassifier.Classify(profile.Profile);
                output.WriteLine($"{profile.Id}\t{profile.OrganisationId ?? "-"}\t{profile.Version}\t{profile.Name}\t{string.Join('\t', c.All.Select(x => x.Classification.Result.Code()))}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command LinkProfileCommand(CliConsole console)
    {
        var profile = new Argument<string>("PROFILE") { Description = "The profile's register id" };
        var organisation = new Argument<string>("ORGANISATION") { Description = "The published organisation's id (e.g. GB-COH-01234567)" };
        var db = DbOption();
        var by = ByOption();
        var command = new Command("link", "Confirm that a profile is a published organisation (after a name suggestion); kept in the profile's history") { profile, organisation, db, by };
        command.SetAction(parsed => Guard(console, () =>
        {
            RegisterCall(() =>
            {
                Register(parsed, db, console).Link(parsed.GetValue(profile)!, parsed.GetValue(organisation)!, Acting(parsed, by, db, console));
                return 0;
            });
            using var output = console.OutText();
            output.WriteLine($"{parsed.GetValue(profile)}: linked to organisation {parsed.GetValue(organisation)} (confirmed)");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Utf8JsonWriter JsonOut(CliConsole console) =>
        new(console.Out, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
