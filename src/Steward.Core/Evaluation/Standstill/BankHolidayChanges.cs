using System.Text.Json;
using Steward.Core.Common;

namespace Steward.Core.Evaluation.Standstill;

/// <summary>
/// The one-off changes to the usual bank holidays made by royal proclamation (a day moved, a day added), read from
/// reference data: the copy shipped inside Steward (BankHolidayChanges.json) or a replacement a deployment names, so
/// that a new proclamation needs no code change (docs/evaluation.md).
/// </summary>
public sealed class BankHolidayChanges
{
    private static readonly Lazy<BankHolidayChanges> Shipped = new(LoadShipped);

    public BankHolidayChanges(IReadOnlyList<BankHolidayChange> added, IReadOnlyList<BankHolidayChange> removed, string about)
    {
        Added = added;
        Removed = removed;
        About = about;
    }

    /// <summary>Days that are bank holidays in the parts listed although no rule makes them so.</summary>
    public IReadOnlyList<BankHolidayChange> Added { get; }

    /// <summary>Usual days that are not bank holidays in the parts listed that year (the day was moved).</summary>
    public IReadOnlyList<BankHolidayChange> Removed { get; }

    /// <summary>What the reference data says of itself (its sources).</summary>
    public string About { get; }

    /// <summary>The copy shipped with Steward.</summary>
    public static BankHolidayChanges Default => Shipped.Value;

    /// <summary>No changes at all: the rules alone.</summary>
    public static BankHolidayChanges None { get; } = new([], [], "No one-off changes: the usual bank holidays only.");

    /// <summary>Reads a changes file (the shape of BankHolidayChanges.json); every problem names its JSON path.</summary>
    public static Result<BankHolidayChanges> Read(JsonElement root) => BankHolidayChangesJson.Read(root);

    /// <summary>The bank holidays of one part in <paramref name="year"/>: the usual days less those removed, plus those added, in date order.</summary>
    public IReadOnlyList<BankHoliday> Apply(int year, UkCalendar part)
    {
        var removed = Removed.Where(r => r.Date.Year == year && r.Calendars.Contains(part)).Select(r => r.Date).ToHashSet();
        var added = Added.Where(a => a.Date.Year == year && a.Calendars.Contains(part)).Select(a => new BankHoliday(a.Date, a.Name, [part]));
        return [.. BankHolidays.Usual(year, part).Where(h => !removed.Contains(h.Date)).Concat(added).OrderBy(h => h.Date)];
    }

    private static BankHolidayChanges LoadShipped()
    {
        using var stream = typeof(BankHolidayChanges).Assembly.GetManifestResourceStream("Steward.Core.Evaluation.Standstill.BankHolidayChanges.json")
            ?? throw new InvalidOperationException("The shipped bank-holiday changes are missing from Steward.Core.");
        using var document = JsonDocument.Parse(stream);
        var read = Read(document.RootElement);
        return read.IsSuccess ? read.Value : throw new InvalidOperationException($"The shipped bank-holiday changes are invalid: {read.Error!.Message}");
    }
}
