using System.CommandLine;
using System.Globalization;
using System.Text;
using Steward.Core.Suppliers;
using Steward.Data;
using Steward.Data.Suppliers;

namespace Steward.Cli;

/// <summary><c>steward suppliers eligibility</c>: may this supplier (or consortium) bid for this reserved lot?</summary>
internal static partial class StewardCommand
{
    private static Command EligibilityCommand(CliConsole console)
    {
        var suppliers = RejectingOptions(new Argument<string[]>("SUPPLIER") { Description = "Register ids (or identifiers such as GB-COH-01234567), or profile JSON files; several make a consortium, lead first", Arity = ArgumentArity.OneOrMore });
        var ocid = new Option<string?>("--ocid") { Description = "A published process in the store; its lot's reservation, buyer, CPV codes and contract term are read from it" };
        var lot = new Option<string>("--lot") { Description = "The lot id within --ocid (default: tender, for a process without lots)", DefaultValueFactory = _ => "tender" };
        var reservation = new Option<string?>("--reservation") { Description = "s32 (supported employment), s33 (public service mutuals) or sme-vcse; default: as published" };
        reservation.AcceptOnlyFromAmong("s32", "s33", "sme-vcse");
        var buyer = new Option<string?>("--buyer") { Description = "The contracting authority's organisation id (s.33's 3-year check looks for its earlier s.33 awards)" };
        var cpv = new Option<string[]>("--cpv") { Description = "The lot's CPV codes", AllowMultipleArgumentsPerToken = true };
        var start = DayOption("--start", "The contract term's first day");
        var end = DayOption("--end", "The contract term's last day, with any extensions");
        var award = DayOption("--award-date", "The award day (s.33's 3 years end with it); default today");
        var above = new Option<bool?>("--above-threshold") { Description = "Whether the contract is above the thresholds (for sme-vcse)" };
        var db = DbOption();
        var rules = RulesOption();
        var format = new Option<string>("--format", "-f") { Description = "json or text", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("json", "text");
        var command = new Command("eligibility", "Decide whether a supplier or consortium may bid for a lot reserved under PA 2023 s.32, s.33 or the smeVcse reservation, " +
                                                 "with reasons; s.33's comparable-contract rule is checked against the awards in the store")
        {
            suppliers, ocid, lot, reservation, buyer, cpv, start, end, award, above, db, rules, format,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var settings = ReadRules(parsed.GetValue(rules), console);
            var target = Target(parsed, db, console);
            var day = parsed.GetValue(award) ?? DateOnly.FromDateTime(console.Time.GetUtcNow().UtcDateTime);
            var chosen = Reservations.Parse(parsed.GetValue(reservation));
            ReservedLot reserved;
            if (parsed.GetValue(ocid) is { } process)
            {
                var lotId = parsed.GetValue(lot)!;
                reserved = RegisterCall(() => ReservedLots.Read(target, process, lotId, chosen, day))
                           ?? throw new CliException($"--ocid/--lot: the store has no lot \"{lotId}\" in {process}", ExitCodes.Problems);
                reserved = reserved with
                {
                    TermStart = parsed.GetValue(start) ?? reserved.TermStart,
                    TermEnd = parsed.GetValue(end) ?? reserved.TermEnd,
                    Cpv = parsed.GetValue(cpv) is { Length: > 0 } codes ? codes : reserved.Cpv,
                    AboveThreshold = parsed.GetValue(above) ?? reserved.AboveThreshold,
                };
            }
            else
            {
                reserved = new ReservedLot
                {
                    Reservation = chosen ?? throw new CliException("--reservation: say what the lot is reserved for (s32, s33 or sme-vcse), or give --ocid of a published lot"),
                    BuyerId = parsed.GetValue(buyer),
                    Cpv = parsed.GetValue(cpv) ?? [],
                    AwardDate = day,
                    TermStart = parsed.GetValue(start),
                    TermEnd = parsed.GetValue(end),
                    AboveThreshold = parsed.GetValue(above),
                };
            }

            var bidders = parsed.GetValue(suppliers)!.Select(s => Bidder(s, target, console)).ToList();
            var decision = ReservedLots.Decide(target, reserved, bidders, settings);
            if (parsed.GetValue(format) == "json")
            {
                using var writer = JsonOut(console);
                ClassificationJson.Write(writer, decision, reserved);
                writer.Flush();
                console.Out.WriteByte((byte)'\n');
                return ExitCodes.Ok;
            }

            var text = new StringBuilder();
            text.AppendLine($"eligible: {decision.Result.Code()} ({reserved.Reservation.Reference()})");
            text.AppendLine("lot:");
            ClassificationJson.AppendReasons(text, decision.Lot);
            text.AppendLine(bidders.Count == 1 ? $"bidder: {bidders[0].Profile.Name}" : $"consortium: {string.Join(", ", bidders.Select(b => b.Profile.Name))}");
            ClassificationJson.AppendReasons(text, decision.Bidder);
            using var output = console.OutText();
            output.Write(text.ToString());
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>A bidder from a profile file or the register, with the published organisation it is linked to (if any).</summary>
    private static (SupplierProfile Profile, string? OrganisationId) Bidder(string key, DatabaseTarget target, CliConsole console)
    {
        if (key.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || key == "-")
        {
            return (ReadProfile(key, console) ?? throw new CliException($"{key}: the profile has problems (listed above)", ExitCodes.Problems), null);
        }

        var stored = new SupplierRegister(target, console.Time).Find(key)
                     ?? throw new CliException($"SUPPLIER: no profile \"{key}\" in the register (give a register id, an identifier or a profile .json file)", ExitCodes.Problems);
        return (stored.Profile, stored.OrganisationId);
    }

    private static Option<DateOnly?> DayOption(string name, string description) => new(name)
    {
        Description = $"{description}, YYYY-MM-DD",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            result.AddError($"{name}: '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-04-01.");
            return null;
        },
    };
}
