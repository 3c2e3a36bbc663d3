using System.CommandLine;
using System.Globalization;
using Steward.Core.Evaluation.Scoring;
using Steward.Core.Tenders;

namespace Steward.Cli;

/// <summary>
/// <c>steward tenders score</c>: how a design ranks a set of bids, with the full arithmetic (docs/tenders.md). The JSON
/// keys and exit codes are a contract: 0 scored, 2 a file that cannot be read or does not describe a design or bids.
/// </summary>
internal static partial class StewardCommand
{
    private static Command TendersCommand(CliConsole console) =>
        new("tenders", "Tender designs: check a design before publication, and score bids against it") { TendersCheckCommand(console), TendersScoreCommand(console) };

    private static Command TendersScoreCommand(CliConsole console)
    {
        var design = new Argument<string>("DESIGN") { Description = "A tender design, JSON (docs/tenders.md)" };
        var bids = new Argument<string>("BIDS") { Description = "Bids, JSON: [{bidder, lot, price, scores {criterion: score}, submitted}]" };
        var format = new Option<string>("--format") { Description = "json or text (default text)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("json", "text");
        var command = new Command("score", "Score bids against a design, lot by lot: exclusions, quality and price marks, totals, ranks and the winner, " +
                                           "with ties broken only by the published rule. Exit 0 scored; 2 a file unreadable or invalid")
        {
            design, bids, format,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var designPath = parsed.GetValue(design)!;
            var bidsPath = parsed.GetValue(bids)!;
            using var designJson = ReadJson(designPath, console);
            using var bidsJson = ReadJson(bidsPath, console);
            var (lots, designErrors) = DesignScoringJson.Read(designJson.RootElement);
            var (offers, bidErrors) = BidsJson.Read(bidsJson.RootElement);
            var problems = designErrors.Select(e => $"{designPath}: {e.Message}").Concat(bidErrors.Select(e => $"{bidsPath}: {e.Message}")).ToList();
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    console.Error.WriteLine($"steward tenders score: {problem}");
                }

                return ExitCodes.UsageOrUnreadable;
            }

            var scored = TenderScoring.Score(lots, offers);
            if (!scored.IsSuccess)
            {
                throw new CliException($"tenders score: {bidsPath}: {scored.Error!.Message}");
            }

            using var output = console.OutText();
            if (parsed.GetValue(format) == "json")
            {
                output.WriteLine(LotResultJson.Write(scored.Value));
            }
            else
            {
                foreach (var lot in scored.Value)
                {
                    output.WriteLine($"lot {lot.Lot}: {(lot.Winner is null ? "no winner" : $"winner {lot.Winner}")} ({lot.Reason})");
                    foreach (var bid in lot.Bids)
                    {
                        output.WriteLine(bid.Excluded
                            ? $"  {bid.Bidder}\texcluded: {bid.ExclusionReason}"
                            : $"  {bid.Rank}\t{bid.Bidder}\tquality {Show(bid.QualityScore)}\tprice {Show(bid.PriceScore)}\ttotal {Show(bid.Total)}" +
                              $"{(bid.PricePerQualityPoint is { } ppqp ? $"\t£/point {Show(ppqp)}" : string.Empty)}{(bid.AbnormallyLow ? $"\t{bid.AbnormallyLowReason}" : string.Empty)}");
                    }
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }


    private static string Show(decimal? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";
}
