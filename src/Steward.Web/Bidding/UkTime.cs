using System.Globalization;

namespace Steward.Web.Bidding;

/// <summary>
/// Instants as people in the UK read them: the time on the UK's clocks (GMT or BST, Europe/London) in GOV.UK's words,
/// "11:59:59pm on Monday 11 January 2027 (UK time)". Deadlines and receipts are kept in UTC; only the words change.
/// </summary>
public static class UkTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>"9:05:30am on Tuesday 12 January 2027 (UK time)"; with <paramref name="seconds"/> false, "9:05am …".</summary>
    public static string Words(DateTimeOffset instant, bool seconds = true)
    {
        var local = TimeZoneInfo.ConvertTime(instant, London);
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var time = seconds
            ? string.Create(CultureInfo.InvariantCulture, $"{hour}:{local.Minute:00}:{local.Second:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{hour}:{local.Minute:00}");
        return string.Create(CultureInfo.InvariantCulture, $"{time}{(local.Hour < 12 ? "am" : "pm")} on {local:dddd d MMMM yyyy} (UK time)");
    }

    /// <summary>The day in the UK, in words: "Monday 11 January 2027".</summary>
    public static string Day(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, London).ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The instant in UTC as ISO 8601, for the record: "2027-01-11T23:59:59Z".</summary>
    public static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
