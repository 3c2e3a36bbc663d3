using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Steward.Core.Analytics;
using Steward.Core.Analytics.Buyers;
using Steward.Core.Analytics.Flags;
using Steward.Core.Analytics.Markets;
using Steward.Core.Analytics.Suppliers;
using Steward.Data;
using Steward.Data.Analytics;
using Steward.Data.Demo;

namespace Steward.Bench;

/// <summary>
/// The report benchmark: the same generated JSON Lines file is imported by Steward (once; the import is timed by
/// <see cref="ImportBenchmark"/>), then each report and the flags run over the store, each in a child process of
/// its own, and the same aggregates run as SQL in DuckDB over the same file (bench/duckdb/reports.mjs), both over a
/// table DuckDB has loaded and straight over the JSON Lines.
/// </summary>
internal static class ReportBenchmark
{
    public static readonly string[] Reports = ["buyers", "markets", "suppliers", "flags"];

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>One report over the store, its result serialised as the CLI would and thrown away; returns the rows.</summary>
    public static long RunOne(string report, string db)
    {
        var target = DatabaseTarget.Parse(db);
        if (report == "views")
        {
            // The reader alone: every process with every part, nothing computed.
            return ProcessViewReader.Read(target, ViewParts.All).LongCount();
        }

        var views = ProcessViewReader.Read(target, report switch
        {
            "buyers" => ReportParts.Buyers,
            "flags" => ReportParts.Flags,
            _ => ReportParts.Markets,
        });
        object result = report switch
        {
            "buyers" => BuyerReport.Compute(views, ReportWindow.All).Buyers,
            "markets" => MarketReport.Compute(views, ReportWindow.All, CpvLevel.Division).Markets,
            "suppliers" => SupplierReport.Compute(views, ReportWindow.All, CpvLevel.Division, OrganisationDirectory.Names(target).GetValueOrDefault),
            "flags" => FlagReport.Compute(views),
            _ => throw new ArgumentException($"unknown report {report}", nameof(report)),
        };
        JsonSerializer.Serialize(Stream.Null, result, result.GetType(), Json);
        return result switch
        {
            FlagReportResult flags => flags.Flags.Count,
            System.Collections.ICollection rows => rows.Count,
            _ => 0,
        };
    }

    public static int Run(string[] args, Func<string, string, string?, Result> child, Func<string[], string, string?> option)
    {
        var size = int.Parse(option(args, "--size") ?? "400000", CultureInfo.InvariantCulture);
        var output = Path.GetFullPath(option(args, "--out") ?? Path.Combine("bench", "out"));
        var postgres = Environment.GetEnvironmentVariable("STEWARD_BENCH_POSTGRES");
        Directory.CreateDirectory(output);
        var file = Path.Combine(output, $"demo-{size}.jsonl");
        if (!File.Exists(file))
        {
            using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
            new DemoDataGenerator(2026).Write(stream, size);
        }

        var stores = new List<(string Name, string Db)> { ("SQLite", Path.Combine(output, $"reports-{size}.db")) };
        if (!File.Exists(stores[0].Db))
        {
            var import = child("import", file, stores[0].Db);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imported {size:N0} releases into SQLite in {import.Seconds:F1} s"));
        }

        if (!string.IsNullOrWhiteSpace(postgres))
        {
            var db = new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = $"steward_reports_{size}" }.ConnectionString;
            if (!PostgresHolds(postgres, $"steward_reports_{size}"))
            {
                var import = child("import", file, ImportBenchmark.FreshDatabase(postgres, $"steward_reports_{size}"));
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imported {size:N0} releases into PostgreSQL in {import.Seconds:F1} s"));
            }

            stores.Add(("PostgreSQL", db));
        }

        var duck = DuckDb(file);
        var rows = new List<object>();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DuckDB load of {size:N0} releases ({duck.GetProperty("Bytes").GetInt64() / 1e6:F0} MB): {duck.GetProperty("LoadSeconds").GetDouble():F2} s"));
        Console.WriteLine();
        Console.WriteLine("| report | Steward, SQLite (s) | peak MB | " + (stores.Count > 1 ? "Steward, PostgreSQL (s) | peak MB | " : string.Empty) +
                          "DuckDB, loaded table (s) | DuckDB, over the JSON Lines (s) | SQLite vs DuckDB table | SQLite vs DuckDB JSON |");
        Console.WriteLine("|---|---:|---:|" + (stores.Count > 1 ? "---:|---:|" : string.Empty) + "---:|---:|---:|---:|");
        foreach (var report in Reports)
        {
            var measured = stores.Select(s => (s.Name, Result: child("report", report, s.Db))).ToList();
            var table = duck.GetProperty("Queries").GetProperty(report).GetProperty("Seconds").GetDouble();
            var direct = duck.GetProperty("DirectQueries").GetProperty(report).GetProperty("Seconds").GetDouble();
            var sqlite = measured[0].Result;
            var cells = string.Join(" | ", measured.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Result.Seconds:F2} | {m.Result.PeakBytes / 1e6:F0}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {report} | {cells} | {table:F2} | {direct:F2} | {table / sqlite.Seconds:F2} | {direct / sqlite.Seconds:F2} |"));
            rows.Add(new { report, steward = measured.Select(m => new { store = m.Name, m.Result }), duckdbTable = table, duckdbJson = direct });
        }

        File.WriteAllText(Path.Combine(output, "report-results.json"), JsonSerializer.Serialize(new { size, rows, duckdb = duck }, Indented));
        return 0;
    }

    private static bool PostgresHolds(string server, string name)
    {
        using var connection = new Npgsql.NpgsqlConnection(server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT 1 FROM pg_database WHERE datname = '{name}'";
        return command.ExecuteScalar() is not null;
    }

    private static JsonElement DuckDb(string file)
    {
        var folder = ImportBenchmark.DuckDbFolder();
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = folder };
        start.ArgumentList.Add("reports.mjs");
        start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? JsonDocument.Parse(text).RootElement.Clone()
            : throw new InvalidOperationException($"DuckDB's reports over {file} exited {process.ExitCode}");
    }
}
