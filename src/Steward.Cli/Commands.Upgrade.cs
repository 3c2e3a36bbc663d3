using System.CommandLine;
using Steward.Ocds.Upgrading;

namespace Steward.Cli;

/// <summary><c>steward upgrade</c>: OCDS 1.0 to 1.1.</summary>
internal static partial class StewardCommand
{
    private static Command UpgradeCommand(CliConsole console)
    {
        var files = FilesArgument();
        var maxRelease = MaxReleaseOption();
        var output = OutputOption();
        var command = new Command("upgrade", "Upgrade OCDS 1.0 to 1.1, as OCDS Kit's upgrade does: organisations become parties with roles, " +
                                             "amendment becomes amendments, transactions get payer, payee and value. Each document is written " +
                                             "in the shape it came in, one per line; 1.1 data passes through. Officials' contact details are left out.")
        {
            files, maxRelease, output,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            using var target = OutputTarget.Open(parsed.GetValue(output), console);
            long changed = 0;
            foreach (var file in parsed.GetValue(files)!)
            {
                using var reader = OpenReader(file, console, ReaderOptions(parsed, maxRelease));
                changed += OcdsUpgrade.Rewrite(reader, target.Stream);
            }

            target.Commit();
            console.Error.WriteLine($"steward upgrade: {changed} releases or records upgraded from OCDS 1.0");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
