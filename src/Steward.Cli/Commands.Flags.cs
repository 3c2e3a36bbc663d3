using System.CommandLine;
using System.Globalization;
using Steward.Core.Analytics.Flags;
using Steward.Data.Analytics;

namespace Steward.Cli;

/// <summary><c>steward flags</c>: red-flag indicators over the store (docs/indicators.md, "Red flags").</summary>
internal static partial class StewardCommand
{
    private static Command FlagsCommand(CliConsole console)
    {
        var db = DbOption();
        var format = new Option<string>("--format", "-f") { Description = "json (indicators with coverage and fences, then flags), csv (one row per flag) or xlsx (both)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong(ReportOutput.Formats);
        var output = OutputOption();
        var command = new Command("flags", "Red flags: the OCDS Cardinal indicators (R003, R018, R024, R025, R028, R030, R035, R036, R038, R048, R058) " +
                                           "with Cardinal's fences and defaults, and UK ones (UK1 tender period below the PA 2023 minimum, UK2 high " +
                                           "direct-award share, UK3 values bunched under a threshold, UK4 no contract details notice in time); " +
                                           "each flag says why, and each indicator how many processes had the data it needs")
        {
            db, format, output,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var chosen = parsed.GetValue(format)!;
            var path = parsed.GetValue(output);
            ReportOutput.Check(chosen, path);
            var target = Target(parsed, db, console);
            var views = ProcessViewReader.Read(target, ReportParts.Flags);
            var result = FlagReport.Compute(views);
            ReportOutput.Write(chosen, path, console, result, () => [FlagTable.Flags(result.Flags), FlagTable.Coverage(result.Indicators)]);
            WriteFlagCoverage(result, console.Error);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteFlagCoverage(FlagReportResult result, TextWriter error)
    {
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"steward flags: {result.Flags.Count:N0} flags from {result.ProcessesRead:N0} processes ({result.ProcessesExcluded:N0} cancelled or excluded, not looked at)"));
        if (result.ProcessesRead == 0)
        {
            error.WriteLine(ReportCoverageText.EmptyStore);
            return;
        }

        foreach (var indicator in result.Indicators)
        {
            error.WriteLine(indicator.WithData == 0
                ? string.Create(CultureInfo.InvariantCulture,
                    $"  {indicator.Code} {indicator.Indicator}: none of {indicator.Eligible:N0} processes it applies to had the data it needs; not computed (no flags is not a clean result)")
                : string.Create(CultureInfo.InvariantCulture,
                    $"  {indicator.Code} {indicator.Indicator}: {indicator.Flagged:N0} flagged; {indicator.WithData:N0} of {indicator.Eligible:N0} processes had the data it needs{FenceText(indicator.Fence)}"));
        }
    }

    private static string FenceText(FenceSummary? fence) => fence is null
        ? string.Empty
        : fence.Fence is { } value
            ? string.Create(CultureInfo.InvariantCulture, $"; fence {value:0.####} over {fence.Values:N0} values ({fence.Kind})")
            : string.Create(CultureInfo.InvariantCulture, $"; no fence ({fence.Values:N0} values)");
}
