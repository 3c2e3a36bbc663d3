using System.Text.Json;
using Steward.Core.Common;

namespace Steward.Core.Evaluation.Standstill;

/// <summary>
/// Reads one-off bank-holiday changes (the shape of BankHolidayChanges.json):
/// <c>{"about", "added": [CHANGE], "removed": [CHANGE]}</c>, a change being
/// <c>{"date", "name", "calendars": [PART], "source", "note"?}</c>. Every problem names its JSON path.
/// </summary>
internal static class BankHolidayChangesJson
{
    private const string Code = "HOLIDAYS_INVALID";
    private static readonly string[] Fields = ["date", "name", "calendars", "source", "note"];

    public static Result<BankHolidayChanges> Read(JsonElement root)
    {
        var errors = new List<Error>();
        if (JsonFieldReader.Root(root, Code, errors) is not { } file)
        {
            return errors[0];
        }

        file.Only("about", "added", "removed");
        var about = file.Text("about") ?? string.Empty;
        var added = Changes(file, "added");
        var removed = Changes(file, "removed");
        if (errors.Count > 0)
        {
            return Failure(errors);
        }

        foreach (var (change, path) in removed)
        {
            // s.123 names Christmas Day and Good Friday itself: no proclamation makes them working days.
            if ((change.Date.Month, change.Date.Day) == (12, 25) || change.Date == BankHolidays.GoodFriday(change.Date.Year))
            {
                file.FailAt($"{path}.date", $"{Day(change.Date)} is Christmas Day or Good Friday, never a working day (PA 2023 s.123); it cannot be removed");
                continue;
            }

            foreach (var part in change.Calendars.Where(p => !BankHolidays.Usual(change.Date.Year, p).Any(h => h.Date == change.Date)))
            {
                file.FailAt($"{path}.date", $"{Day(change.Date)} is not a usual bank holiday in {part.Name()}, so it cannot be removed there");
            }
        }

        foreach (var (change, path) in added)
        {
            foreach (var part in change.Calendars)
            {
                var moved = removed.Any(r => r.Change.Date == change.Date && r.Change.Calendars.Contains(part));
                if (!moved && BankHolidays.Usual(change.Date.Year, part).FirstOrDefault(h => h.Date == change.Date) is { } usual)
                {
                    file.FailAt($"{path}.date", $"{Day(change.Date)} is already a bank holiday in {part.Name()} ({usual.Name})");
                }
            }
        }

        Duplicates(file, added, "added");
        Duplicates(file, removed, "removed");
        return errors.Count == 0
            ? new BankHolidayChanges([.. added.Select(a => a.Change)], [.. removed.Select(r => r.Change)], about)
            : Failure(errors);
    }

    private static List<(BankHolidayChange Change, string Path)> Changes(JsonFieldReader file, string field)
    {
        var changes = new List<(BankHolidayChange, string)>();
        foreach (var item in file.Objects(field, required: false, Fields))
        {
            var date = item.Date("date", required: true);
            var name = item.Text("name", required: true);
            var source = item.Text("source", required: true);
            var note = item.Text("note") ?? string.Empty;
            var calendars = Calendars(item);
            if (date is { } day && (day.Year < BankHolidays.FirstYear || day.Year > BankHolidays.LastYear))
            {
                item.Fail("date", $"{Day(day)} is outside the years Steward computes ({BankHolidays.FirstYear} to {BankHolidays.LastYear})");
                continue;
            }

            if (date is { } valid && name is not null && source is not null && calendars is not null)
            {
                changes.Add((new BankHolidayChange(valid, name, calendars, source, note), item.Path));
            }
        }

        return changes;
    }

    /// <summary>The parts a change applies to: a non-empty list of part names, each once (all-uk is derived, not a part).</summary>
    private static List<UkCalendar>? Calendars(JsonFieldReader item)
    {
        var entries = item.Array("calendars", required: true);
        if (item.Get("calendars") is { ValueKind: JsonValueKind.Array } && entries.Count == 0)
        {
            item.Fail("calendars", "empty; list the parts the change applies to");
            return null;
        }

        var parts = new List<UkCalendar>();
        var valid = entries.Count > 0;
        foreach (var (element, path) in entries)
        {
            var name = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
            var part = UkCalendars.Parts.Where(p => string.Equals(p.Name(), name, StringComparison.Ordinal)).Select(p => (UkCalendar?)p).FirstOrDefault();
            if (part is not { } found)
            {
                item.FailAt(path, $"expected one of {string.Join(", ", UkCalendars.Parts.Select(p => p.Name()))}, found {JsonFieldReader.Describe(element)}"
                    + (string.Equals(name, "all-uk", StringComparison.OrdinalIgnoreCase) ? " (all-uk is every part together; list the parts)" : string.Empty));
                valid = false;
            }
            else if (parts.Contains(found))
            {
                item.FailAt(path, $"{found.Name()} is listed twice");
                valid = false;
            }
            else
            {
                parts.Add(found);
            }
        }

        return valid ? parts : null;
    }

    private static void Duplicates(JsonFieldReader file, List<(BankHolidayChange Change, string Path)> changes, string field)
    {
        var seen = new HashSet<(DateOnly, UkCalendar)>();
        foreach (var (change, path) in changes)
        {
            foreach (var part in change.Calendars.Where(p => !seen.Add((change.Date, p))))
            {
                file.FailAt($"{path}.date", $"{Day(change.Date)} is {field} for {part.Name()} more than once");
            }
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Error Failure(List<Error> errors) => new(Code, string.Join("; ", errors.Select(e => e.Message)));
}
