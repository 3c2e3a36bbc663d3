using System.CommandLine;
using System.Globalization;
using Steward.Core.SocialValue.Sroi;

namespace Steward.Cli;

/// <summary>
/// <c>steward sroi FILE.json</c>: a Social Return on Investment analysis with its sensitivity table
/// (docs/social-value.md). A contract: JSON keys <c>presentValue</c>, <c>netPresentValue</c>, <c>ratio</c>,
/// <c>paybackYears</c>, <c>outcomes</c> [{<c>id</c>, <c>yearValues</c>, <c>presentValue</c>, …}], <c>years</c>,
/// <c>inputs</c>, <c>sensitivity</c>, <c>method</c>; numbers exact. Exit 0; 1 bad input, every problem named by its
/// JSON path; 2 a file that cannot be read or is not JSON.
/// </summary>
internal static partial class StewardCommand
{
    private static Command SroiCommand(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The analysis, JSON: {investment, discountRate, outcomes: [...]} (docs/social-value.md); - reads standard input" };
        var format = new Option<string>("--format") { Description = "json or text (default text; text rounds for display, JSON never does)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("json", "text");
        var command = new Command("sroi", "Social Return on Investment: present value, net present value, ratio and payback of outcomes valued with " +
                                          "proxies, after deadweight, attribution, displacement and drop-off, discounted at a flat rate or the Green Book " +
                                          "schedule, with a sensitivity table. Exit 0; 1 bad input (every problem named); 2 unreadable")
        {
            file, format,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var path = parsed.GetValue(file)!;
            using var json = ReadJson(path, console);
            var (input, errors) = SroiJson.Read(json.RootElement);
            if (input is null || errors.Count > 0)
            {
                foreach (var error in errors)
                {
                    console.Error.WriteLine($"steward sroi: {path}: {error.Message}");
                }

                return ExitCodes.Problems;
            }

            var result = SroiCalculator.Calculate(input);
            if (!result.IsSuccess)
            {
                console.Error.WriteLine($"steward sroi: {path}: {result.Error!.Message}");
                return ExitCodes.Problems;
            }

            using var output = console.OutText();
            if (parsed.GetValue(format) == "json")
            {
                output.WriteLine(SroiResultJson.Serialize(result.Value));
            }
            else
            {
                WriteSroiText(output, result.Value);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteSroiText(TextWriter output, SroiResult sroi)
    {
        var horizon = sroi.Years.Count;
        output.WriteLine($"present value\t{Pounds(sroi.PresentValue)}");
        output.WriteLine($"investment\t{Pounds(sroi.Input.Investment)}");
        output.WriteLine($"net present value\t{Pounds(sroi.NetPresentValue)}");
        output.WriteLine($"ratio\t{Ratio(sroi.Ratio)} (£{sroi.Ratio.ToString("0.00", CultureInfo.InvariantCulture)} of social value for each £1 invested)");
        output.WriteLine($"payback\t{Payback(sroi.PaybackYears, horizon)}");
        output.WriteLine($"discount\t{sroi.Input.Discount.Describe()}");
        output.WriteLine();
        output.WriteLine("outcome\tgross a year\tyear-1 impact\tpresent value\tpresent value by year");
        foreach (var outcome in sroi.Outcomes)
        {
            output.WriteLine($"{outcome.Outcome.Id}\t{Pounds(outcome.Gross)}\t{Pounds(outcome.Impact)}\t{Pounds(outcome.PresentValue)}\t" +
                             string.Join(" ", outcome.YearValues.Select(Pounds)));
        }

        output.WriteLine();
        output.WriteLine("sensitivity\tstep\tpresent value\tchange\tratio\tpayback");
        foreach (var row in sroi.Sensitivity)
        {
            var step = row.Assumption == SroiAssumption.ProxyValue
                ? (row.Step * 100m).ToString("+0.##;-0.##", CultureInfo.InvariantCulture) + "%"
                : (row.Step * 100m).ToString("+0.##;-0.##", CultureInfo.InvariantCulture) + " points";
            output.WriteLine($"{SroiResultJson.Name(row.Assumption)}\t{step}{(row.Clamped ? " (held within 0–1)" : string.Empty)}\t{Pounds(row.PresentValue)}\t" +
                             $"{(row.Change >= 0m ? "+" : "-")}{Pounds(Math.Abs(row.Change))}\t{Ratio(row.Ratio)}\t{Payback(row.PaybackYears, horizon)}");
        }

        output.WriteLine();
        var sourced = sroi.Input.Outcomes.Where(o => o.ProxySource is not null).ToList();
        var unsourced = sroi.Input.Outcomes.Where(o => o.ProxySource is null).Select(o => o.Id).ToList();
        foreach (var outcome in sourced)
        {
            output.WriteLine($"{outcome.Id} rests on a proxy value from {outcome.ProxySource}");
        }

        if (unsourced.Count > 0)
        {
            output.WriteLine($"{string.Join(", ", unsourced)} rest{(unsourced.Count == 1 ? "s" : string.Empty)} on proxy values whose source is not given");
        }

        output.WriteLine("figures rounded for display; --format json gives them exactly");
    }

    private static string Pounds(decimal value) => "£" + value.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Ratio(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture) + " : 1";

    private static string Payback(decimal? years, int horizon) =>
        years is { } y ? y.ToString("0.00", CultureInfo.InvariantCulture) + " years" : $"never within {horizon} year(s)";
}
