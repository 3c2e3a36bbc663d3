using System.CommandLine;
using Steward.Data.Demo;
using Steward.Data.Ingest;

namespace Steward.Cli;

/// <summary><c>steward demo</c>: deterministic synthetic UK data, to see Steward work at once and to benchmark at any size.</summary>
internal static partial class StewardCommand
{
    /// <summary>How many demo suppliers get a synthetic register profile.</summary>
    private const int DemoProfiles = 60;

    private static Command DemoCommand(CliConsole console)
    {
        var releases = new Option<int>("--releases", "-n") { Description = "How many releases to generate", DefaultValueFactory = _ => 5000 };
        releases.Within(1, 100_000_000);
        var buyers = new Option<int>("--buyers") { Description = "How many buyers the processes are spread over (250; the whole UK record has tens of thousands)", DefaultValueFactory = _ => DemoDataGenerator.DefaultBuyers };
        buyers.Within(1, 1_000_000);
        var suppliers = new Option<int>("--suppliers")
        {
            Description = "How many suppliers winners and bidders are drawn from (3,000; the whole UK record has hundreds of thousands)",
            DefaultValueFactory = _ => DemoDataGenerator.DefaultSuppliers,
        };
        suppliers.Within(1, 10_000_000);
        var sizeMix = new Option<DemoSizeMix>("--size-mix")
        {
            Description = "How large releases are: even (about 4 KB each) or uk (a quarter of processes with Find a Tender-sized notices, about three times larger, as in the whole UK record)",
            DefaultValueFactory = _ => DemoSizeMix.Even,
        };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed and count give the same data", DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--output", "-o") { Description = "Write the releases as JSON Lines to this file ('-' for standard output) instead of importing them" };
        var db = DbOption();
        var command = new Command("demo", "Generate realistic, clearly synthetic UK procurement data (Procurement Act notice sequences, " +
                                          $"GB-PPON and GB-COH identifiers, real CPV codes and NUTS regions; OCID prefix {DemoDataGenerator.OcidPrefix}) " +
                                          "and import it into the store, or write it to a file.")
        {
            releases, buyers, suppliers, sizeMix, seed, output, db,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(output) is not null && result.GetResult(db) is not null)
            {
                result.AddError("Give either --output or --db, not both.");
            }
        });
        command.SetAction(parsed => Guard(console, () =>
        {
            var count = parsed.GetValue(releases);
            var generator = new DemoDataGenerator(parsed.GetValue(seed), parsed.GetValue(buyers), parsed.GetValue(sizeMix), parsed.GetValue(suppliers));
            if (parsed.GetValue(output) is { } path)
            {
                using var target = OutputTarget.Open(path, console);
                var processes = generator.Write(target.Stream, count);
                target.Commit();
                console.Error.WriteLine($"steward demo: {count:N0} synthetic releases of {processes:N0} processes written");
                return ExitCodes.Ok;
            }

            var database = Target(parsed, db, console);
            var file = Path.Combine(Path.GetTempPath(), $"steward-demo-{Environment.ProcessId}.jsonl");
            try
            {
                int generated;
                using (var stream = File.Create(file))
                {
                    generated = generator.Write(stream, count);
                }

                using var importer = StewardImporter.Open(database, console.Time);
                var result = importer.Import(file);
                var profiles = DemoRegister.Seed(database, console.Time, DemoProfiles);
                RefreshFigures(importer, "steward demo", console);
                console.Error.WriteLine($"steward demo: {count:N0} synthetic releases of {generated:N0} processes imported into {database} " +
                                        $"({result.New:N0} new, {result.Skipped:N0} already there; {result.Records:N0} records compiled); " +
                                        $"{profiles:N0} synthetic supplier-register profiles");
                return ExitCodes.Ok;
            }
            finally
            {
                File.Delete(file);
            }
        }));
        return command;
    }
}
