using System.CommandLine;
using System.Globalization;
using Steward.Core.Analytics;
using Steward.Core.Analytics.Buyers;
using Steward.Core.Analytics.Markets;
using Steward.Core.Analytics.Suppliers;
using Steward.Data;
using Steward.Data.Analytics;

namespace Steward.Cli;

/// <summary><c>steward report buyers|markets|suppliers</c>: figures over the store, defined in docs/indicators.md.</summary>
internal static partial class StewardCommand
{
    /// <summary>The options every report takes.</summary>
    private sealed record ReportOptions(Option<string?> Db, Option<DateTime?> From, Option<DateTime?> To, Option<string> Format, Option<string?> Output,
        Option<string> Publishers)
    {
        public static ReportOptions Create(params string[] formats)
        {
            var format = new Option<string>("--format", "-f") { Description = $"{string.Join(", ", formats)} (default json)", DefaultValueFactory = _ => "json" };
            format.AcceptOnlyFromAmong(formats);
            var publishers = new Option<string>("--publishers")
            {
                Description = "uk (default): only the UK's publishers' processes count; all: every publisher's in the store",
                DefaultValueFactory = _ => "uk",
            };
            publishers.AcceptOnlyFromAmong("uk", "all");
            return new ReportOptions(
                DbOption(),
                DateOption("--from", "Only what was published (processes) or awarded (awards) on or after this day, YYYY-MM-DD (UTC)"),
                DateOption("--to", "Only what was published or awarded on or before this day, YYYY-MM-DD (UTC)"),
                format,
                OutputOption(),
                publishers);
        }

        public void AddTo(Command command)
        {
            command.Options.Add(Db);
            command.Options.Add(From);
            command.Options.Add(To);
            command.Options.Add(Format);
            command.Options.Add(Output);
            command.Options.Add(Publishers);
        }

        /// <summary>Reads and checks the options every report shares, before any work is done.</summary>
        public ReportRequest Prepare(ParseResult parsed, CliConsole console)
        {
            var format = parsed.GetValue(Format)!;
            var output = parsed.GetValue(Output);
            ReportOutput.Check(format, output);
            var window = Window(parsed);
            var settings = AnalyticsSettings.Default with { UkPublishersOnly = parsed.GetValue(Publishers) != "all" };
            return new ReportRequest(format, output, window, Target(parsed, Db, console), settings);
        }

        /// <summary>The window, with <c>--to</c> taken as a whole day.</summary>
        public ReportWindow Window(ParseResult parsed)
        {
            var from = parsed.GetValue(From);
            var to = parsed.GetValue(To);
            if (from is not null && to is not null && from > to)
            {
                throw new CliException($"--from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}", ExitCodes.UsageOrUnreadable);
            }

            return new ReportWindow(from, to?.AddDays(1));
        }
    }

    /// <summary>What a report was asked for: its format and output, its window and its database.</summary>
    private sealed record ReportRequest(string Format, string? Output, ReportWindow Window, DatabaseTarget Target, AnalyticsSettings Settings);

    /// <summary>A day option: YYYY-MM-DD, read as the start of that day in UTC; anything else is a usage error.</summary>
    private static Option<DateTime?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
            {
                return date;
            }

            result.AddError($"{name}: '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2025-04-01.");
            return null;
        },
    };

    private static Command ReportCommand(CliConsole console)
    {
        var report = new Command("report", "Figures over the store: buyer benchmarks with peer percentiles, markets and suppliers " +
                                           "(every figure is defined in docs/indicators.md, with its coverage)");
        report.Subcommands.Add(BuyersReportCommand(console));
        report.Subcommands.Add(MarketsReportCommand(console));
        report.Subcommands.Add(SuppliersReportCommand(console));
        return report;
    }

    private static Command BuyersReportCommand(CliConsole console)
    {
        var options = ReportOptions.Create(ReportOutput.Formats);
        var command = new Command("buyers", "One row per buyer: processes, awards and their value, SME/VCSE shares, procedure mix, bids per " +
                                            "competed lot, reserved lots, social value weighting, days to award, and percentiles among peers");
        options.AddTo(command);
        command.SetAction(parsed => Guard(console, () =>
        {
            var request = options.Prepare(parsed, console);
            var verified = Data.Suppliers.RegisterReport.VerifiedMissionSuppliers(request.Target, Core.Suppliers.ClassificationRules.Default,
                DateOnly.FromDateTime(console.Time.GetUtcNow().UtcDateTime), console.Time);
            var result = BuyerReport.Compute(ProcessViewReader.Read(request.Target, ReportParts.Buyers), request.Window,
                request.Settings with { VerifiedMissionSuppliers = verified });
            ReportOutput.Write(request.Format, request.Output, console, result.Buyers, () => [BuyerTable.From(result.Buyers)]);
            ReportCoverageText.Buyers(result, verified, console.Error);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Option<CpvLevel> LevelOption()
    {
        var level = new Option<CpvLevel>("--level") { Description = "How finely CPV codes divide markets: division (2 digits) or group (3)", DefaultValueFactory = _ => CpvLevel.Division };
        level.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            switch (text)
            {
                case "division":
                    return CpvLevel.Division;
                case "group":
                    return CpvLevel.Group;
                default:
                    result.AddError($"--level: '{text}' is not a level; use division or group.");
                    return CpvLevel.Division;
            }
        };
        return level;
    }

    private static Command MarketsReportCommand(CliConsole console)
    {
        var options = ReportOptions.Create(ReportOutput.Formats);
        var level = LevelOption();
        var command = new Command("markets", "One row per market (CPV division or group × first-level UK region) and year: value, processes, " +
                                             "suppliers, HHI and top-4 share, supplier entries and exits, SME/VCSE shares, median award") { level };
        options.AddTo(command);
        command.SetAction(parsed => Guard(console, () =>
        {
            var request = options.Prepare(parsed, console);
            var result = MarketReport.Compute(ProcessViewReader.Read(request.Target, ReportParts.Markets), request.Window, parsed.GetValue(level), request.Settings);
            ReportOutput.Write(request.Format, request.Output, console, result.Markets, () => [MarketTable.From(result.Markets)]);
            ReportCoverageText.Markets(result, console.Error);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command SuppliersReportCommand(CliConsole console)
    {
        var options = ReportOptions.Create(ReportOutput.Formats);
        var level = LevelOption();
        var command = new Command("suppliers", "One entry per supplier: awards and their value, buyers served, and its share of each market " +
                                               "(CPV × region) it won in") { level };
        options.AddTo(command);
        command.SetAction(parsed => Guard(console, () =>
        {
            var request = options.Prepare(parsed, console);
            var names = OrganisationDirectory.Names(request.Target);
            var suppliers = SupplierReport.Compute(ProcessViewReader.Read(request.Target, ReportParts.Suppliers), request.Window, parsed.GetValue(level),
                id => names.GetValueOrDefault(id), request.Settings);
            ReportOutput.Write(request.Format, request.Output, console, suppliers, () => [SupplierTable.From(suppliers)]);
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"steward report suppliers: {suppliers.Count:N0} suppliers with counted awards in the window; awards whose suppliers Steward could not identify are in no supplier's figures; places on frameworks and dynamic markets are counted apart (frameworkPlaces), never as value"));
            if (suppliers.Count == 0)
            {
                console.Error.WriteLine(ReportCoverageText.EmptyStore.Replace("holds no processes", "holds no counted awards in the window", StringComparison.Ordinal));
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
