using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Steward.Ocds;
using Steward.Ocds.Normalisation;
using Steward.Ocds.Writing;

namespace Steward.Cli;

/// <summary><c>steward normalise</c>: smooth UK publishers' quirks into one clean shape, recording each change.</summary>
internal static partial class StewardCommand
{
    private static Command NormaliseCommand(CliConsole console)
    {
        var files = FilesArgument();
        var maxRelease = MaxReleaseOption();
        var output = OutputOption();
        var changes = new Option<string?>("--changes")
        {
            Description = "Write every change made, one JSON object per line (rule, ocid, release, path, before, after, reason), to this file",
        }.FileToWrite();
        var rules = string.Join("; ", NormalisationRules.All.Select(r => $"{r.Rule}: {r.Description}"));
        var command = new Command("normalise", $"Normalise UK OCDS quirks, writing each document in the shape it came in. Rules: {rules}.")
        {
            files, maxRelease, output, changes,
        };
        command.Aliases.Add("normalize");
        command.SetAction(parsed => Guard(console, () =>
        {
            var normaliser = new UkNormaliser();
            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            using var target = OutputTarget.Open(parsed.GetValue(output), console);
            using var changeLog = parsed.GetValue(changes) is { } changePath ? OutputTarget.Open(changePath, console) : null;
            var changeWriter = changeLog is null ? null : new StreamWriter(changeLog.Stream, leaveOpen: true);
            bool Apply(JsonObject release)
            {
                var made = normaliser.Normalise(release);
                foreach (var change in made)
                {
                    counts[change.Rule] = counts.GetValueOrDefault(change.Rule) + 1;
                    changeWriter?.WriteLine(JsonSerializer.Serialize(change, OcdsJson.SerializerOptions));
                }

                return made.Count > 0;
            }

            long changed = 0;
            try
            {
                foreach (var file in parsed.GetValue(files)!)
                {
                    using var reader = OpenReader(file, console, ReaderOptions(parsed, maxRelease));
                    changed += new DocumentRewriter(target.Stream).Rewrite(
                        reader,
                        (release, _) => Apply(release),
                        (record, _) => NormaliseRecord(record, Apply));
                }
            }
            finally
            {
                // Flushed into the change log's stream while that is still open.
                changeWriter?.Dispose();
            }

            target.Commit();
            changeLog?.Commit();
            console.Error.WriteLine($"steward normalise: {changed} releases or records changed" +
                                    (counts.Count == 0 ? string.Empty : $" ({string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))})"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static bool NormaliseRecord(JsonObject record, Func<JsonObject, bool> apply)
    {
        var changed = false;
        if (record["releases"] is JsonArray releases)
        {
            foreach (var release in releases.OfType<JsonObject>().Where(r => r.ContainsKey("ocid")))
            {
                changed |= apply(release);
            }
        }

        if (record["compiledRelease"] is JsonObject compiled)
        {
            changed |= apply(compiled);
        }

        return changed;
    }
}
