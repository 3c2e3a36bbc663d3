using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Steward.Core.Evaluation.Standstill;

/// <summary>
/// A standstill period as JSON, the contract of <c>steward standstill --format json</c> (docs/evaluation.md):
/// <c>{"published", "calendar", "workingDays", "lastDay", "entryFrom", "holidays": [{"date", "name", "calendars"}],
/// "reference"}</c>, dates written YYYY-MM-DD.
/// </summary>
public static class StandstillPeriodJson
{
    public static void Write(Utf8JsonWriter writer, StandstillPeriod period)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(period);
        writer.WriteStartObject();
        writer.WriteString("published", Day(period.Published));
        writer.WriteString("calendar", period.Calendar.Name());
        writer.WriteNumber("workingDays", period.WorkingDays);
        writer.WriteString("lastDay", Day(period.LastDay));
        writer.WriteString("entryFrom", Day(period.EntryFrom));
        writer.WriteStartArray("holidays");
        foreach (var holiday in period.Holidays)
        {
            writer.WriteStartObject();
            writer.WriteString("date", Day(holiday.Date));
            writer.WriteString("name", holiday.Name);
            writer.WriteStartArray("calendars");
            foreach (var part in holiday.Calendars)
            {
                writer.WriteStringValue(part.Name());
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("reference", MandatoryStandstill.Reference);
        writer.WriteEndObject();
    }

    /// <summary>The period as a JSON document, indented or not; names keep their apostrophes unescaped (St Patrick's Day).</summary>
    public static string Serialize(StandstillPeriod period, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, period);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
