using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using Steward.Data.Demo;

namespace Steward.Bench;

/// <summary>
/// The import benchmark: for each size, the same generated JSON Lines file is scanned bare (the parse limit),
/// imported by Steward into a new SQLite file and (when <c>STEWARD_BENCH_POSTGRES</c> names a server) into a new
/// PostgreSQL database, and loaded by DuckDB (<c>read_json</c>, from the npm package in <c>bench/duckdb</c>).
/// </summary>
internal static class ImportBenchmark
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static int Run(string[] args, Func<string, string, string?, Result> child, Func<string[], string, string?> option)
    {
        var sizes = (option(args, "--sizes") ?? "50000,400000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var output = Path.GetFullPath(option(args, "--out") ?? Path.Combine("bench", "out"));
        var postgres = Environment.GetEnvironmentVariable("STEWARD_BENCH_POSTGRES");
        var mix = Enum.Parse<DemoSizeMix>(option(args, "--size-mix") ?? nameof(DemoSizeMix.Even), ignoreCase: true);
        var name = mix == DemoSizeMix.Even ? "demo" : $"demo-{mix.ToString().ToLowerInvariant()}";
        Directory.CreateDirectory(output);
        var rows = new List<object>();
        var timed = new List<(int Size, string What, IReadOnlyList<StepTime> Steps)>();
        Console.WriteLine("| releases | input MB | what | seconds | MB/s | releases/s | peak MB | vs DuckDB |");
        Console.WriteLine("|---:|---:|---|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var file = Path.Combine(output, $"{name}-{size}.jsonl");
            if (!File.Exists(file))
            {
                using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
                new DemoDataGenerator(2026, DemoDataGenerator.DefaultBuyers, mix).Write(stream, size);
            }

            var results = new List<(string What, Result Result)>
            {
                ("bare scan", child("scan", file, null)),
                ("DuckDB read_json", DuckDb(file)),
            };
            var sqlite = Path.Combine(output, $"import-{size}.db");
            foreach (var leftover in Directory.GetFiles(output, $"import-{size}.db*"))
            {
                File.Delete(leftover);
            }

            results.Add(("steward import, SQLite", child("import", file, sqlite)));
            if (!string.IsNullOrWhiteSpace(postgres))
            {
                results.Add(("steward import, PostgreSQL", child("import", file, FreshDatabase(postgres, $"steward_bench_{size}"))));
            }

            var duck = results.Single(r => r.What.StartsWith("DuckDB", StringComparison.Ordinal)).Result;
            foreach (var (what, result) in results)
            {
                var mb = result.Bytes / 1e6;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {size:N0} | {mb:F1} | {what} | {result.Seconds:F2} | {mb / result.Seconds:F1} | {size / result.Seconds:N0} | {result.PeakBytes / 1e6:F0} | {duck.Seconds / result.Seconds:F2} |"));
                rows.Add(new { size, what, result });
                if (result.Steps is { } steps)
                {
                    timed.Add((size, what, steps));
                }
            }
        }

        // Where each import's time went (its steps, as `steward import --timings` shows them), beside the table above.
        Console.WriteLine();
        Console.WriteLine("| releases | what | reading | applying | compiling | figures | commit | refresh | CPU |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (size, what, steps) in timed)
        {
            string Seconds(string step) => steps.FirstOrDefault(s => s.Name == step) is { } found ? found.Seconds.ToString("F2", CultureInfo.InvariantCulture) : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size:N0} | {what} | {Seconds("reading")} | {Seconds("applying")} | {Seconds("compiling")} | {Seconds("figures")} | {Seconds("commit")} | {Seconds("refresh")} | {steps.Sum(s => s.CpuSeconds ?? 0):F2} |"));
        }

        File.WriteAllText(Path.Combine(output, "import-results.json"), JsonSerializer.Serialize(rows, Indented));
        return 0;
    }

    /// <summary>bench/duckdb, with its npm packages installed (from package-lock.json) when they are not yet.</summary>
    public static string DuckDbFolder()
    {
        var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "duckdb"));
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            Npm(folder);
        }

        return folder;
    }

    private static Result DuckDb(string file)
    {
        var folder = DuckDbFolder();

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = folder };
        start.ArgumentList.Add("load.mjs");
        start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? JsonSerializer.Deserialize<Result>(text)!
            : throw new InvalidOperationException($"DuckDB's load of {file} exited {process.ExitCode}");
    }

    private static void Npm(string folder)
    {
        using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = folder, UseShellExecute = false })!;
        npm.WaitForExit();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException("npm ci failed in bench/duckdb");
        }
    }

    public static string FreshDatabase(string server, string name)
    {
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS {name} WITH (FORCE); CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
