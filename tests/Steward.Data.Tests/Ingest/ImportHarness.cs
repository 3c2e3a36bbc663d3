using System.Text;
using Microsoft.Extensions.Time.Testing;
using Steward.Data.Ingest;
using Steward.Testing;

namespace Steward.Data.Tests.Ingest;

internal static class ImportHarness
{
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public static ImportResult ImportText(TestDatabase database, string text, string name = "input.jsonl")
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, text);
        using var importer = StewardImporter.Open(database.Target, Clock);
        return importer.Import(path);
    }

    public static ImportResult ImportFile(TestDatabase database, string path)
    {
        using var importer = StewardImporter.Open(database.Target, Clock);
        return importer.Import(path);
    }

    public static string Release(string ocid, string id, string date, string fields = "") =>
        $$"""{"ocid":"{{ocid}}","id":"{{id}}","date":"{{date}}","tag":["tender"]{{(fields.Length > 0 ? "," + fields : string.Empty)}}}""";

    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    /// <summary>Every record, process and row count, to compare a database before and after.</summary>
    public static string Dump(TestDatabase database)
    {
        using var context = database.Context();
        var text = new StringBuilder();
        foreach (var record in context.Records.OrderBy(r => r.Ocid))
        {
            text.Append(record.Ocid).Append(' ').Append(record.ReleaseCount).Append(' ').AppendLine(record.Compiled);
        }

        text.AppendLine($"releases {context.Releases.Count()} processes {context.Processes.Count()} lots {context.Lots.Count()} " +
                        $"awards {context.Awards.Count()} suppliers {context.AwardSuppliers.Count()} organisations {context.Organisations.Count()} " +
                        $"identifiers {context.OrganisationIdentifiers.Count()} parties {context.ProcessParties.Count()}");
        return text.ToString();
    }
}
