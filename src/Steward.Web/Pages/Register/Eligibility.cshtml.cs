using System.Globalization;
using Steward.Core.Suppliers;
using Steward.Web.Analytics;
using Steward.Web.Register;

namespace Steward.Web.Pages.Register;

/// <summary>A buyer's check: may these suppliers bid for this reserved lot? A GET form, so a result has a shareable address.</summary>
public sealed class EligibilityModel(ReportCache reports, RegisterService register) : PortalPage(reports)
{
    public List<(string Field, string Message)> Errors { get; } = [];

    public EligibilityAnswer? Answer { get; private set; }

    public string? Ocid { get; private set; }

    public string Lot { get; private set; } = "tender";

    public string? Suppliers { get; private set; }

    public string? AwardDate { get; private set; }

    public string? Reservation { get; private set; }

    /// <summary>The reserved lot the page was opened for (from a process page's link), before any supplier is entered.</summary>
    public Steward.Core.Suppliers.ReservedLot? Chosen { get; private set; }

    public async Task OnGetAsync(string? ocid, string? lot, string? supplier, string? awardDate, string? reservation)
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        (Ocid, Lot, Suppliers, AwardDate, Reservation) = (ocid?.Trim(), string.IsNullOrWhiteSpace(lot) ? "tender" : lot.Trim(), supplier?.Trim(), awardDate?.Trim(), reservation);
        if (supplier is null)
        {
            // Not yet asked: opened from a reserved lot's link ("?ocid=…&lot=…"), or with nothing chosen. The form is
            // shown with the lot filled in, and the lot described, without errors.
            Chosen = Ocid is { Length: > 0 } ? register.Lot(Ocid, Lot, register.Today) : null;
            return;
        }

        if (string.IsNullOrEmpty(Ocid))
        {
            Errors.Add(("ocid", "Enter the OCID of a published process with a reserved lot"));
        }

        var keys = (Suppliers ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (keys.Length == 0)
        {
            Errors.Add(("supplier", "Enter at least one supplier's register id"));
        }

        var day = register.Today;
        if (!string.IsNullOrEmpty(AwardDate) && !DateOnly.TryParseExact(AwardDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            Errors.Add(("awardDate", $"Award date must be a date written YYYY-MM-DD, like 2026-04-01, not \"{AwardDate}\""));
        }

        var chosen = Steward.Core.Suppliers.Reservations.Parse(Reservation);
        if (!string.IsNullOrEmpty(Reservation) && chosen is null)
        {
            Errors.Add(("reservation", "Choose s32, s33 or sme-vcse, or leave the reservation as published"));
        }

        if (Errors.Count > 0)
        {
            return;
        }

        Answer = register.Eligibility(Ocid!, Lot, keys, chosen, day);
        if (Answer.Field is { } field)
        {
            Errors.Add((field == "lot" ? "ocid" : field, Answer.Message!));
        }
    }

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;

    public static string Answered(Verdict verdict) => verdict switch { Verdict.True => "May bid", Verdict.False => "May not bid", _ => "Cannot tell yet" };
}
