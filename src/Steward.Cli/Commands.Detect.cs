using System.CommandLine;
using Steward.Ocds.Reading;

namespace Steward.Cli;

/// <summary><c>steward detect</c>: say what shape each input is, as OCDS Kit's detect-format does.</summary>
internal static partial class StewardCommand
{
    private static Command DetectCommand(CliConsole console)
    {
        var files = FilesArgument();
        var maxRelease = MaxReleaseOption();
        var command = new Command("detect", "Say what each input holds, detected from its content: the shape of its documents " +
                                            "(release package, record package, release, record, array), whether there are several " +
                                            "(JSON Lines or concatenated), and how many releases and records.")
        {
            files, maxRelease,
        };
        command.Aliases.Add("detect-format");
        command.SetAction(parsed => Guard(console, () =>
        {
            using var text = console.OutText();
            foreach (var file in parsed.GetValue(files)!)
            {
                using var reader = OpenReader(file, console, ReaderOptions(parsed, maxRelease));
                var shapes = new SortedSet<string>(StringComparer.Ordinal);
                long releases = 0, records = 0;
                while (reader.Read() is { } next)
                {
                    switch (next.Kind)
                    {
                        case OcdsEventKind.DocumentStart:
                            shapes.Add(Name(next.Document.Shape));
                            break;
                        case OcdsEventKind.Release:
                            releases++;
                            break;
                        case OcdsEventKind.Record:
                            records++;
                            break;
                        default:
                            break;
                    }
                }

                var many = reader.DocumentCount > 1 ? $"{reader.DocumentCount} documents (JSON Lines or concatenated JSON) of " : string.Empty;
                text.WriteLine($"{file}: {many}{string.Join(" and ", shapes)}; {releases} releases, {records} records");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Name(OcdsShape shape) => shape switch
    {
        OcdsShape.ReleasePackage => "release package",
        OcdsShape.RecordPackage => "record package",
        OcdsShape.Release => "release",
        OcdsShape.Record => "record",
        _ => "array",
    };
}
