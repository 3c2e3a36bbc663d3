using System.CommandLine;
using System.Text.Json;
using Steward.Data.Audit;

namespace Steward.Cli;

/// <summary>
/// <c>steward audit verify|head|show</c>: the store's tamper-evident audit trail (docs/accounts.md, "The audit trail").
/// <c>verify</c>'s exit codes and JSON keys are a contract (docs/cli.md).
/// </summary>
internal static partial class StewardCommand
{
    private static Command AuditCommand(CliConsole console) =>
        new("audit", "The audit trail: every change to accounts, organisations, roles and the register, chained by SHA-256")
        {
            AuditVerifyCommand(console), AuditHeadCommand(console), AuditShowCommand(console),
        };

    private static Command AuditVerifyCommand(CliConsole console)
    {
        var db = DbOption();
        var head = new Option<string?>("--head") { Description = "A head hash noted earlier (the about page shows it): the trail must still pass through it" };
        var json = new Option<bool>("--json") { Description = "Print {whole, entries, head, firstBroken, problem} as JSON" };
        var command = new Command("verify", "Check that no entry of the audit trail was changed, removed or reordered. Exit 0 whole; 1 broken, naming the first " +
                                            "entry's sequence number; 2 bad usage or the store failed")
        {
            db, head, json,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var result = new AuditTrail(Target(parsed, db, console)).Verify(parsed.GetValue(head));
            using var output = console.OutText();
            if (parsed.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(new { whole = result.IsWhole, entries = result.GoodEntries, head = result.Head, firstBroken = result.FirstBroken, problem = result.Problem }));
            }
            else
            {
                output.WriteLine(result.IsWhole
                    ? $"whole\t{result.GoodEntries}\t{result.Head}"
                    : $"broken\t{result.FirstBroken}\t{result.Problem}");
            }

            console.Error.WriteLine(result.IsWhole
                ? $"steward audit verify: the trail is whole: {result.GoodEntries:N0} entries; head {result.Head}"
                : $"steward audit verify: entry {result.FirstBroken} was changed, removed or reordered: {result.Problem}");
            return result.IsWhole ? ExitCodes.Ok : ExitCodes.Problems;
        }));
        return command;
    }

    private static Command AuditHeadCommand(CliConsole console)
    {
        var db = DbOption();
        var command = new Command("head", "Print the last entry's sequence number and hash (tab-separated): note it to check the trail against later") { db };
        command.SetAction(parsed => Guard(console, () =>
        {
            var entry = new AuditTrail(Target(parsed, db, console)).Head();
            using var output = console.OutText();
            output.WriteLine(entry is null ? $"0\t{Core.Audit.AuditChain.Genesis}" : $"{entry.Sequence}\t{entry.Hash}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command AuditShowCommand(CliConsole console)
    {
        var db = DbOption();
        var last = new Option<int>("--last") { Description = "How many entries, newest first (default 50)", DefaultValueFactory = _ => 50 }.Within(1, 100_000);
        var subject = new Option<string?>("--subject") { Description = "Only entries about this subject, e.g. organisation:ID, account:ID, profile:ID" };
        var command = new Command("show", "The newest entries: sequence, time, actor, action, subject and details, tab-separated") { db, last, subject };
        command.SetAction(parsed => Guard(console, () =>
        {
            var count = parsed.GetValue(last);
            if (count is < 1 or > 100_000)
            {
                throw new CliException($"audit show: --last: {count} is not between 1 and 100000");
            }

            using var output = console.OutText();
            foreach (var entry in new AuditTrail(Target(parsed, db, console)).Latest(count, parsed.GetValue(subject)))
            {
                output.WriteLine($"{entry.Sequence}\t{entry.At:yyyy-MM-ddTHH:mm:ss.ffffffZ}\t{entry.Actor}\t{entry.Action}\t{entry.Subject}\t{entry.Details}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
