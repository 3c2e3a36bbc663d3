using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Steward.Core.OpenBook;
using Steward.Core.Suppliers;
using Steward.Data.Suppliers;

namespace Steward.Cli;

/// <summary><c>steward suppliers mismatches|shares|costs</c>: the register against published data, and open-book costs.</summary>
internal static partial class StewardCommand
{
    private static readonly JsonSerializerOptions ResultJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static Command MismatchesCommand(CliConsole console)
    {
        var db = DbOption();
        var rules = RulesOption();
        var command = new Command("mismatches", "Published flags (scale, vcse, shelteredWorkshop, publicServiceMissionOrganization) that the register's evidence " +
                                                "contradicts, or cannot support; tab-separated, one row per flag") { db, rules };
        command.SetAction(parsed => Guard(console, () =>
        {
            var settings = ReadRules(parsed.GetValue(rules), console);
            var target = Target(parsed, db, console);
            var day = DateOnly.FromDateTime(console.Time.GetUtcNow().UtcDateTime);
            var rows = RegisterReport.Mismatches(target, new SupplierRegister(target, console.Time).All(), settings, day);
            using var output = console.OutText();
            output.WriteLine("profile\torganisation\tname\tflag\tpublished\tregister\tverified\tkind\treason");
            foreach (var row in rows)
            {
                var m = row.Mismatch;
                output.WriteLine($"{row.ProfileId}\t{row.OrganisationId}\t{row.Name}\t{m.Flag}\t{(m.Published ? "yes" : "no")}\t{m.Register.Code()}\t{(m.Verified ? "yes" : "no")}\t{m.Kind}\t{m.Reason}");
            }

            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"steward suppliers mismatches: {rows.Count:N0} mismatch(es)"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command SharesCommand(CliConsole console)
    {
        var db = DbOption();
        var rules = RulesOption();
        var command = new Command("shares", "Each buyer's awarded value, the part going to suppliers with a register profile, and the share going to register-verified " +
                                            "social enterprises or VCSEs (registerShare); tab-separated") { db, rules };
        command.SetAction(parsed => Guard(console, () =>
        {
            var settings = ReadRules(parsed.GetValue(rules), console);
            var target = Target(parsed, db, console);
            var day = DateOnly.FromDateTime(console.Time.GetUtcNow().UtcDateTime);
            var rows = RegisterReport.BuyerShares(target, new SupplierRegister(target, console.Time).All(), settings, day);
            using var output = console.OutText();
            output.WriteLine("buyer\tname\tawardedValue\tprofiledValue\tverifiedValue\tprofiledShare\tregisterShare");
            foreach (var row in rows)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{row.BuyerId}\t{row.BuyerName}\t{row.AwardedValue:0.##}\t{row.ProfiledValue:0.##}\t{row.VerifiedValue:0.##}\t{row.ProfiledShare:0.####}\t{row.RegisterShare:0.####}"));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command CostsCommand(CliConsole console)
    {
        var template = new Argument<string>("TEMPLATE") { Description = "The buyer's cost template, JSON (docs/open-book.md)" };
        var submissions = RejectingOptions(new Argument<string[]>("SUBMISSION") { Description = "Suppliers' cost breakdowns against it, JSON", Arity = ArgumentArity.OneOrMore });
        var policies = new Option<string[]>("--policy") { Description = "Profit-cap policies, JSON (the buyer's own; default: the known context for the service, which sets no cap)" }.ExistingFile();
        var on = DayOption("--on", "The day the cap policies are checked on (default today)");
        var db = DbOption();
        var command = new Command("costs", "Open-book costs: each submission's cost, margin, mark-up and unit price against the template, checked against profit-cap " +
                                           "policies; JSON. Exit 0 no cap breached; 1 a submission has problems or breaches a cap")
        {
            template, submissions, policies, on, db,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var day = parsed.GetValue(on) ?? DateOnly.FromDateTime(console.Time.GetUtcNow().UtcDateTime);
            var costTemplate = ReadWith(parsed.GetValue(template)!, OpenBookJson.ReadTemplate, console);
            if (costTemplate.Ocid is { } ocid)
            {
                // A template attached to a published lot: say which, or that the store does not have it.
                var lotId = costTemplate.LotId ?? "tender";
                var lot = ReservedLots.Describe(Target(parsed, db, console), ocid, lotId);
                console.Error.WriteLine(lot is null
                    ? $"steward: {parsed.GetValue(template)}: warning: ocid/lotId: the store has no lot \"{lotId}\" in {ocid}"
                    : $"steward suppliers costs: template {costTemplate.Id} is for {ocid} lot {lotId}: {lot}");
            }
            var caps = (parsed.GetValue(policies) ?? []).Select(p => ReadWith(p, OpenBookJson.ReadPolicy, console)).ToList();
            if (caps.Count == 0)
            {
                caps.AddRange(ProfitCapPolicies.Known.Where(p => p.ServiceCategory == costTemplate.ServiceCategory));
            }

            var problems = 0;
            var results = new List<object>();
            foreach (var path in parsed.GetValue(submissions)!)
            {
                var submission = ReadWith(path, OpenBookJson.ReadSubmission, console);
                var analysis = OpenBookAnalysis.Analyse(costTemplate, submission);
                if (!analysis.IsSuccess)
                {
                    console.Error.WriteLine($"steward: {path}: {analysis.Error!.Message}");
                    problems++;
                    continue;
                }

                var checks = caps.Select(c => ProfitCapCheck.Check(c, analysis.Value, day)).ToList();
                problems += checks.Count(c => c.Breached == true);
                results.Add(new { submission = path, analysis = analysis.Value, capChecks = checks });
            }

            console.Out.Write(JsonSerializer.SerializeToUtf8Bytes(results, ResultJson));
            console.Out.WriteByte((byte)'\n');
            return problems == 0 ? ExitCodes.Ok : ExitCodes.Problems;
        }));
        return command;
    }

    private static Command UnitCostsCommand(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "Unit prices, CSV: buyerId, region, serviceCategory, unit, year, pricePerUnit (docs/open-book.md)" };
        var command = new Command("unit-costs", "Unit-cost benchmarks across buyers (e.g. weekly placement price by region): quartiles per service, unit and region, " +
                                                "each buyer's median against the group's; groups with fewer than 3 buyers are withheld. JSON. Exit 1 when rows were refused")
        {
            file,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var path = parsed.GetValue(file)!;
            using var reader = path == "-" ? new StreamReader(console.OpenInput()) : OpenText(path);
            var (rows, problems) = RegisterCall(() => UnitCostCsv.Read(reader, path));
            foreach (var problem in problems)
            {
                console.Error.WriteLine($"steward: {problem}");
            }

            console.Out.Write(JsonSerializer.SerializeToUtf8Bytes(UnitCostBenchmark.Compute(rows), ResultJson));
            console.Out.WriteByte((byte)'\n');
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"steward suppliers unit-costs: {rows.Count:N0} prices read, {problems.Count:N0} refused"));
            return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Problems;
        }));
        return command;
    }

    private static T ReadWith<T>(string path, Func<JsonElement, Steward.Core.Common.Result<T>> read, CliConsole console)
    {
        using var document = ReadJson(path, console);
        var result = read(document.RootElement);
        return result.IsSuccess ? result.Value : throw new CliException($"{path}: {result.Error!.Message}", ExitCodes.Problems);
    }
}
