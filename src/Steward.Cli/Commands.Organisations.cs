using System.CommandLine;
using System.Text.Json;
using Steward.Data;
using Steward.Data.Ingest;
using Steward.Data.Organisations;

namespace Steward.Cli;

/// <summary>
/// <c>steward organisations suggestions|merge|aliases</c>: which records are one organisation (docs/store.md, "One row per
/// real organisation"). Steward resolves identifiers and names itself; what it cannot decide, a person confirms.
/// </summary>
internal static partial class StewardCommand
{
    private static Command OrganisationsCommand(CliConsole console) =>
        new("organisations", "Organisations across publishers: suggested merges, merges a person confirms, and the aliases old ids follow")
        {
            SuggestionsCommand(console), MergeCommand(console), AliasesCommand(console),
        };

    private static Command SuggestionsCommand(CliConsole console)
    {
        var db = DbOption();
        var json = new Option<bool>("--json") { Description = "Print a JSON array instead of lines" };
        var command = new Command("suggestions", "Organisations that may be one (published under the same name with different identifiers, or a " +
                                                 "supplier known by its name at two postcodes): confirm one with 'steward organisations merge'") { db, json };
        command.SetAction(parsed => Guard(console, () =>
        {
            var suggestions = OrganisationSuggestions.Read(Target(parsed, db, console));
            using var output = console.OutText();
            if (parsed.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(suggestions.Select(s => new { organisation = s.Organisation, candidate = s.Candidate, name = s.Name, buyer = s.Buyer })));
            }
            else
            {
                foreach (var s in suggestions)
                {
                    output.WriteLine($"{s.Candidate}\tmay be\t{s.Organisation}\t\"{s.Name}\"{(s.Buyer ? "\t(buyer)" : string.Empty)}");
                }
            }

            console.Error.WriteLine($"steward organisations suggestions: {suggestions.Count:N0} pairs; confirm one with 'steward organisations merge CANDIDATE ORGANISATION --by WHO'");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command MergeCommand(CliConsole console)
    {
        var from = new Argument<string>("FROM") { Description = "The organisation id that is really the other one (it becomes an alias)" };
        var into = new Argument<string>("INTO") { Description = "The organisation id it is" };
        var db = DbOption();
        var by = ByOption();
        var command = new Command("merge", "Confirm that two organisations are one: FROM becomes an alias of INTO, its processes are rebuilt, and the " +
                                           "merge is kept across 'steward db rebuild'. Exit 0 merged; 2 an id names no organisation, or the store failed")
        {
            from, into, db, by,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var target = Target(parsed, db, console);
            using var importer = StewardImporter.Open(target, console.Time);
            long rebuilt;
            try
            {
                rebuilt = importer.ConfirmMerge(parsed.GetValue(from)!, parsed.GetValue(into)!, Who(parsed, by, console));
            }
            catch (ArgumentException exception)
            {
                throw new CliException($"organisations merge: {exception.Message}; nothing was changed", ExitCodes.UsageOrUnreadable);
            }

            console.Error.WriteLine($"steward organisations merge: {parsed.GetValue(from)} is now {parsed.GetValue(into)}; rebuilt {rebuilt:N0} processes");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command AliasesCommand(CliConsole console)
    {
        var db = DbOption();
        var command = new Command("aliases", "Organisation ids that now mean another, and why (identifier, name, confirmed), tab-separated") { db };
        command.SetAction(parsed => Guard(console, () =>
        {
            var target = Target(parsed, db, console);
            DatabaseMigrator.EnsureReady(target);
            var aliases = DatabaseMigrator.Guard(target, () =>
            {
                using var context = StewardDatabase.CreateContext(target);
                return context.OrganisationAliases.OrderBy(a => a.OrganisationId).ThenBy(a => a.Alias).ToList();
            });
            using var output = console.OutText();
            foreach (var alias in aliases)
            {
                output.WriteLine($"{alias.Alias}\t{alias.OrganisationId}\t{alias.Reason}{(alias.ConfirmedBy is { } who ? $"\t{who}" : string.Empty)}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
