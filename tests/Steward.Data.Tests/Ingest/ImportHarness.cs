using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
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

    /// <summary>
    /// Awkward input for a first import: a release key twice with different content (the last copy wins, where it was
    /// read: after "y" for ocds-t-5, so on their tie of dates it is merged last), twice alike, releases of one date
    /// (input order breaks the tie), one without an id (keyed by its hash), and OCDS 1.0 (upgraded). Imported, it
    /// counts 8 new, 0 changed, 3 skipped and 5 processes (<see cref="AwkwardProcesses"/>).
    /// </summary>
    public static string AwkwardInput() => Lines(
        Release("ocds-t-1", "b", "2025-02-01T00:00:00Z", """ "tender":{"id":"t","title":"B first"} """),
        Release("ocds-t-1", "a", "2025-02-01T00:00:00Z", """ "tender":{"id":"t","title":"A second"} """),
        Release("ocds-t-2", "r1", "2025-01-01T00:00:00Z", """ "tender":{"id":"t","title":"Draft"} """),
        Release("ocds-t-3", "r1", "2025-01-01T00:00:00Z"),
        Release("ocds-t-2", "r1", "2025-01-01T00:00:00Z", """ "tender":{"id":"t","title":"Final"} """),
        Release("ocds-t-3", "r1", "2025-01-01T00:00:00Z"),
        """{"ocid":"ocds-t-4","date":"2025-03-01T00:00:00Z","tag":["planning"]}""",
        Release("ocds-t-2", "r2", "2025-01-02T00:00:00Z", """ "tender":{"id":"t","status":"active"} """),
        Release("ocds-t-5", "x", "2025-04-01T00:00:00Z", """ "tender":{"id":"t","title":"X draft"} """),
        Release("ocds-t-5", "y", "2025-04-01T00:00:00Z", """ "tender":{"id":"t","title":"Y"} """),
        Release("ocds-t-5", "x", "2025-04-01T00:00:00Z", """ "tender":{"id":"t","title":"X final"} """));

    /// <summary>The processes <see cref="AwkwardInput"/> stores, as <c>Rows(database, "processes", "ocid, title")</c> gives them.</summary>
    public static readonly string[] AwkwardProcesses = ["ocds-t-1|A second", "ocds-t-2|Final", "ocds-t-3|∅", "ocds-t-4|∅", "ocds-t-5|X final"];

    /// <summary>A connection of its own to the store, open.</summary>
    public static DbConnection Connect(TestDatabase database)
    {
        DbConnection connection = database.Target.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(database.Target.ConnectionString)
            : new NpgsqlConnection(database.Target.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Each row of <c>SELECT columns FROM from</c>, its values joined by <c>|</c> (NULL as ∅), sorted.</summary>
    public static List<string> Rows(TestDatabase database, string from, string columns = "*")
    {
        var rows = Query(database, $"SELECT {columns} FROM {from}");
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>Each row of <paramref name="sql"/>, in the order the query gives them.</summary>
    public static List<string> RowsInOrder(TestDatabase database, string sql) => Query(database, sql);

    private static List<string> Query(TestDatabase database, string sql)
    {
        using var connection = Connect(database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }

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
