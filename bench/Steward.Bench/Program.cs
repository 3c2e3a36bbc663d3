using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Steward.Bench;
using Steward.Data;
using Steward.Data.Demo;
using Steward.Data.Ingest;
using Steward.Ocds.Compiling;
using Steward.Ocds.Merging;
using Steward.Ocds.Reading;

// Steward's benchmark harness. Each measurement runs in a child process of its own, so that its peak memory
// (VmHWM) is its own; the baselines run in the same invocation on the same bytes.
//   run [--sizes 20000,200000] [--out bench/out] [--repeat 3]   generate, then compile vs bare scan
//   import-run [--sizes 50000,400000] [--out bench/out] [--size-mix even|uk] generate, then import (SQLite, PostgreSQL when
//                                                               STEWARD_BENCH_POSTGRES is set) vs bare scan vs DuckDB
//   generate COUNT PATH [--seed S]                             write synthetic UK JSON Lines (steward demo's data)
//   scan PATH                                                  bare Utf8JsonReader token scan (the parse limit)
//   compile PATH                                               steward's compile, output discarded
//   import PATH DB                                             steward import into DB (a path or a connection string), with its refresh of the flags
//   report-run [--size 400000] [--out bench/out]               import once, then each report and the flags over the store
//                                                               (SQLite; PostgreSQL when STEWARD_BENCH_POSTGRES is set) vs the
//                                                               same aggregates as SQL in DuckDB
//   report KIND DB                                             one report (buyers, markets, suppliers, flags) over DB
//   load-paths DB OUT                                          addresses for the portal's load test (bench/load/run.sh)
//   load URL PATHS SECONDS CONNECTIONS                         the load test's client: random paths over keep-alive
//                                                              connections, percentiles of every request's time
//   register DB [--profiles N]                                 the supplier register over DB (adds N synthetic profiles once)
//                                                              beside a bare SQL scan of awards × suppliers
//   audit DB [--entries N]                                     the audit trail at N entries (added once): verify, head and one
//                                                              more audited change, beside a bare SQL read of every entry
var verb = args.Length > 0 ? args[0] : "run";
return verb switch
{
    "generate" => Generate(args),
    "scan" => Report(Measure(() => Scan(args[1]), args[1])),
    "compile" => Report(Measure(() => Compile(args[1]), args[1])),
    "import" => Report(MeasureImport(args[1], args[2])),
    "run" => Run(args),
    "import-run" => ImportBenchmark.Run(args, Child, Option),
    "report" => Report(Measure(() => ReportBenchmark.RunOne(args[1], args[2]), null)),
    "report-run" => ReportBenchmark.Run(args, Child, Option),
    "load-paths" => LoadPaths.Run(args[1], args[2]),
    "load" => LoadClient.Run(args[1], args[2], double.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture)),
    "register" => RegisterBenchmark.Run(args[1], Option(args, "--profiles") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 2000),
    "audit" => AuditBenchmark.Run(args[1], Option(args, "--entries") is { } e ? int.Parse(e, CultureInfo.InvariantCulture) : 200_000),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Steward.Bench run [--sizes N,N] [--out DIR] [--repeat R] | generate COUNT PATH [--seed S] | scan PATH | compile PATH");
    return 2;
}

static int Generate(string[] args)
{
    var count = int.Parse(args[1], CultureInfo.InvariantCulture);
    var seed = Option(args, "--seed") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : 2026;
    Write(args[2], count, seed);
    Console.Error.WriteLine($"{count} releases, {new FileInfo(args[2]).Length / 1e6:F1} MB → {args[2]}");
    return 0;
}

static long Scan(string path)
{
    // The parse limit: every token of every value read with Utf8JsonReader, nothing kept.
    using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
    var buffer = new byte[1 << 20];
    var state = new JsonReaderState(new JsonReaderOptions { AllowMultipleValues = true });
    int held = 0;
    long tokens = 0;
    while (true)
    {
        var read = file.Read(buffer, held, buffer.Length - held);
        var final = read == 0;
        var reader = new Utf8JsonReader(buffer.AsSpan(0, held + read), final, state);
        while (reader.Read())
        {
            tokens++;
        }

        if (final)
        {
            return tokens;
        }

        state = reader.CurrentState;
        var consumed = (int)reader.BytesConsumed;
        held = held + read - consumed;
        Buffer.BlockCopy(buffer, consumed, buffer, 0, held);
        if (held == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }
    }
}

static long Compile(string path)
{
    var clock = Stopwatch.StartNew();
    using var compiler = new OcdsCompiler();
    using (var reader = OcdsReader.Open(path))
    {
        compiler.Read(reader);
    }

    var read = clock.Elapsed.TotalSeconds;
    var summary = compiler.WriteReleases(Stream.Null, MergeRules.Ocds11);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compile phases: read and group {read:F2} s, merge and write {clock.Elapsed.TotalSeconds - read:F2} s, {summary.Runs} runs"));
    return summary.Records;
}

// The import measured as any other work, with its steps (and the refresh after them) in the result.
static Result MeasureImport(string path, string db)
{
    IReadOnlyList<StepTime>? steps = null;
    var result = Measure(() =>
    {
        var (stored, taken) = Import(path, db);
        steps = taken;
        return stored;
    }, path);
    return result with { Steps = steps };
}

static (long Stored, IReadOnlyList<StepTime> Steps) Import(string path, string db)
{
    var target = DatabaseTarget.Parse(db);
    if (target.Provider == DatabaseProvider.Postgres)
    {
        DatabaseMigrator.Migrate(target);
    }

    using var importer = StewardImporter.Open(target, TimeProvider.System);
    var result = importer.Import(path);
    var refreshing = Stopwatch.StartNew();
    importer.RefreshFigures(); // as `steward import` does at the end of the command: the red flags, when the import left them behind
    return (result.New, [.. result.Steps.Select(s => new StepTime(s.Name, s.Wall.TotalSeconds, s.Cpu.TotalSeconds)), new StepTime("refresh", refreshing.Elapsed.TotalSeconds, null)]);
}

static Result Measure(Func<long> work, string? path)
{
    var clock = Stopwatch.StartNew();
    var count = work();
    clock.Stop();
    return new Result(path is null ? 0 : new FileInfo(path).Length, clock.Elapsed.TotalSeconds, count, PeakBytes());
}

static int Report(Result result)
{
    Console.WriteLine(JsonSerializer.Serialize(result));
    return 0;
}

static long PeakBytes()
{
    // Linux: the resident-set high-water mark of this process.
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
        {
            return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
    }

    return -1;
}

static int Run(string[] args)
{
    var sizes = (Option(args, "--sizes") ?? "20000,200000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
    var output = Option(args, "--out") ?? Path.Combine("bench", "out");
    var repeat = Option(args, "--repeat") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 3;
    Directory.CreateDirectory(output);
    var rows = new List<object>();
    Console.WriteLine($"| releases | input MB | bare scan MB/s | compile MB/s | compile releases/s | compile ÷ scan | scan peak MB | compile peak MB |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var size in sizes)
    {
        var file = Path.Combine(output, $"uk-releases-{size}.jsonl");
        if (!File.Exists(file))
        {
            Write(file, size, 2026);
        }

        var scans = Enumerable.Range(0, repeat).Select(_ => Child("scan", file)).ToList();
        var compiles = Enumerable.Range(0, repeat).Select(_ => Child("compile", file)).ToList();
        var scan = Median(scans);
        var compile = Median(compiles);
        var mb = scan.Bytes / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {size:N0} | {mb:F1} | {mb / scan.Seconds:F1} | {mb / compile.Seconds:F1} | {size / compile.Seconds:N0} | " +
            $"{scan.Seconds / compile.Seconds:F2} | {scans.Max(s => s.PeakBytes) / 1e6:F0} | {compiles.Max(c => c.PeakBytes) / 1e6:F0} |"));
        rows.Add(new { size, scan = scans, compile = compiles });
    }

    File.WriteAllText(Path.Combine(output, "compile-results.json"), JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
    return 0;
}

static Result Median(List<Result> results) => results.OrderBy(r => r.Seconds).ElementAt(results.Count / 2);

static Result Child(string verb, string file, string? extra = null)
{
    var self = Environment.ProcessPath!;
    var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(self) == "dotnet")
    {
        start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
    }

    if (verb == "import")
    {
        // The collector `steward import` runs with (src/Steward.Cli/Steward.Cli.csproj), not this harness's own.
        start.Environment["DOTNET_gcServer"] = "1";
    }

    start.ArgumentList.Add(verb);
    start.ArgumentList.Add(file);
    if (extra is not null)
    {
        start.ArgumentList.Add(extra);
    }

    using var child = Process.Start(start)!;
    var text = child.StandardOutput.ReadToEnd();
    child.WaitForExit();
    if (child.ExitCode != 0)
    {
        throw new InvalidOperationException($"{verb} {file} exited {child.ExitCode}");
    }

    return JsonSerializer.Deserialize<Result>(text)!;
}

static void Write(string path, int count, int seed)
{
    using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
    new DemoDataGenerator(seed).Write(file, count);
}

static string? Option(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

/// <summary>
/// One measurement: bytes read, seconds, what was counted (tokens or records), peak resident memory; for an import,
/// its steps as `steward import --timings` shows them, and the refresh of the stored figures after it.
/// </summary>
internal sealed record Result(long Bytes, double Seconds, long Count, long PeakBytes)
{
    public IReadOnlyList<StepTime>? Steps { get; init; }
}

/// <summary>One step of an import: seconds on the clock, and of the process's CPU when known.</summary>
internal sealed record StepTime(string Name, double Seconds, double? CpuSeconds);

