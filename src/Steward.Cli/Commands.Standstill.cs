using System.CommandLine;
using System.Globalization;
using Steward.Core.Evaluation.Standstill;

namespace Steward.Cli;

/// <summary>
/// <c>steward standstill DATE</c>: the last day of the standstill period for a contract award notice published on
/// DATE (PA 2023 s.51; working days, s.123), docs/evaluation.md. A contract: text is that day alone, YYYY-MM-DD, on one
/// line; JSON keys <c>published</c>, <c>calendar</c>, <c>workingDays</c>, <c>lastDay</c>, <c>entryFrom</c>,
/// <c>holidays</c> [{<c>date</c>, <c>name</c>, <c>calendars</c>}], <c>reference</c>; exit 0, or 2 for a bad date,
/// calendar, length or holidays file.
/// </summary>
internal static partial class StewardCommand
{
    private static Command StandstillCommand(CliConsole console)
    {
        var date = new Argument<string>("DATE") { Description = "The day the contract award notice is published, YYYY-MM-DD" };
        var calendar = new Option<string>("--calendar")
        {
            Description = $"Whose bank holidays are not working days: {UkCalendars.NameList} (default {UkCalendars.Default.Name()}: " +
                          "a bank holiday in any part of the UK, Steward's reading of PA 2023 s.123)",
            DefaultValueFactory = _ => UkCalendars.Default.Name(),
        };
        calendar.Check(value => UkCalendars.Parse(value).Error is { } error ? $"--calendar: {error.Message}" : null);
        var format = new Option<string>("--format") { Description = "text (the last day alone) or json (default text)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("json", "text");
        var days = new Option<int>("--days")
        {
            Description = $"A longer standstill the buyer set, in working days (default and least {MandatoryStandstill.WorkingDays}, PA 2023 s.51; at most {MandatoryStandstill.MaximumWorkingDays})",
            DefaultValueFactory = _ => MandatoryStandstill.WorkingDays,
        };
        days.Check(value => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is < MandatoryStandstill.WorkingDays or > MandatoryStandstill.MaximumWorkingDays
            ? $"--days: {n} working days is outside {MandatoryStandstill.WorkingDays} to {MandatoryStandstill.MaximumWorkingDays}: a standstill is at least {MandatoryStandstill.WorkingDays} working days (PA 2023 s.51), and Steward computes at most {MandatoryStandstill.MaximumWorkingDays}"
            : null);
        var holidays = new Option<string?>("--holidays") { Description = "One-off bank-holiday changes to use instead of the copy shipped (docs/evaluation.md)" }.ExistingFile();
        var command = new Command("standstill", "The last day of the standstill period (PA 2023 s.51: 8 working days beginning with the day the " +
                                                "contract award notice is published); the contract may be entered into from the next day. Exit 0; 2 bad input")
        {
            date, calendar, format, days, holidays,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var published = PublicationDay(parsed.GetValue(date)!);
            var chosen = UkCalendars.Parse(parsed.GetValue(calendar));
            if (!chosen.IsSuccess)
            {
                throw new CliException($"--calendar: {chosen.Error!.Message}");
            }

            var length = parsed.GetValue(days);
            var changes = ReadHolidayChanges(parsed.GetValue(holidays), console);
            var period = MandatoryStandstill.Period(published, new WorkingDayCalendar(chosen.Value, changes), length);
            if (!period.IsSuccess)
            {
                var tooLong = length is < MandatoryStandstill.WorkingDays or > MandatoryStandstill.MaximumWorkingDays;
                throw new CliException($"{(tooLong ? "--days" : "DATE")}: {period.Error!.Message}");
            }

            using var output = console.OutText();
            output.WriteLine(parsed.GetValue(format) == "json"
                ? StandstillPeriodJson.Serialize(period.Value)
                : period.Value.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static DateOnly PublicationDay(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CliException($"DATE: \"{text}\" is not a date written YYYY-MM-DD (for example 2026-03-16)");

    private static BankHolidayChanges ReadHolidayChanges(string? path, CliConsole console)
    {
        if (path is null)
        {
            return BankHolidayChanges.Default;
        }

        using var document = ReadJson(path, console);
        var read = BankHolidayChanges.Read(document.RootElement);
        return read.IsSuccess ? read.Value : throw new CliException($"{path}: {read.Error!.Message}");
    }
}
