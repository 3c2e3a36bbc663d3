using System.CommandLine;
using System.Text;
using Steward.Core.Suppliers;
using Steward.Data.Suppliers;

namespace Steward.Cli;

/// <summary><c>steward suppliers show</c>: one profile with its classifications, evidence, reinvestment measure and history.</summary>
internal static partial class StewardCommand
{
    private static Command ShowProfileCommand(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "The profile's register id, one of its identifiers (GB-COH-01234567) or its linked organisation's id" };
        var db = DbOption();
        var rules = RulesOption();
        var format = new Option<string>("--format", "-f") { Description = "json or text", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("json", "text");
        var command = new Command("show", "Show one profile: its classifications with reasons, whether each rests on current evidence, the reinvestment measure and its history")
        {
            id, db, rules, format,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var settings = ReadRules(parsed.GetValue(rules), console);
            var register = Register(parsed, db, console);
            var key = parsed.GetValue(id)!;
            var stored = register.Find(key) ?? throw new CliException($"ID: no profile \"{key}\" in the register (see 'steward suppliers list')", ExitCodes.Problems);
            var history = register.History(stored.Id);
            var day = DateOnly.FromDateTime(console.Time.GetUtcNow().UtcDateTime);
            if (parsed.GetValue(format) == "json")
            {
                using var writer = JsonOut(console);
                ProfileDocument.Write(writer, stored, history, settings, day);
                writer.Flush();
                console.Out.WriteByte((byte)'\n');
                return ExitCodes.Ok;
            }

            var classification = SupplierClassifier.Classify(stored.Profile, settings);
            var text = new StringBuilder();
            text.AppendLine($"{stored.Name} ({stored.Id}), version {stored.Version}, {(stored.OrganisationId is null ? "not linked" : $"linked to {stored.OrganisationId} ({stored.LinkedBy})")}");
            foreach (var (name, value) in classification.All)
            {
                var unverified = EvidenceCheck.Unverified(value, stored.Profile.Evidence, day);
                text.AppendLine($"{name}: {value.Result.Code()}{(value.Result == Verdict.True ? unverified.Count == 0 ? " (verified)" : $" (not verified: {string.Join(", ", unverified)})" : string.Empty)}");
                ClassificationJson.AppendReasons(text, value.Reasons);
            }

            var reinvestment = ReinvestmentMeasure.Score(stored.Profile, settings);
            text.AppendLine($"reinvestment measure: {(reinvestment.Score is { } s ? $"{s}/100" : "not known")} ({string.Join("; ", reinvestment.Components)})");
            text.AppendLine($"  {ReinvestmentMeasure.Caution}");
            text.AppendLine("history:");
            foreach (var change in history)
            {
                text.AppendLine($"  v{change.Version} {change.ChangedAt:yyyy-MM-dd HH:mm} {change.Action} by {change.ChangedBy}: {string.Join(", ", change.Fields)}");
            }

            using var output = console.OutText();
            output.Write(text.ToString());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
