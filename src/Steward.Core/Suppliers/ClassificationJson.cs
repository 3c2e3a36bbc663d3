using System.Text.Json;

namespace Steward.Core.Suppliers;

/// <summary>
/// Writes classifications and eligibility decisions as the JSON of docs/suppliers.md (the command-line contract):
/// each classification is <c>{ "result": "true"|"false"|"unknown", "reasons": [ … ] }</c>.
/// </summary>
public static class ClassificationJson
{
    public static void Write(Utf8JsonWriter writer, SupplierClassification classification)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(classification);
        writer.WriteStartObject();
        foreach (var (key, value) in classification.All)
        {
            writer.WritePropertyName(key);
            Write(writer, value);
        }

        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, Classification classification)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(classification);
        writer.WriteStartObject();
        writer.WriteString("result", classification.Result.Code());
        writer.WritePropertyName("reasons");
        WriteReasons(writer, classification.Reasons);
        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, EligibilityDecision decision, ReservedLot lot)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(lot);
        writer.WriteStartObject();
        writer.WriteString("result", decision.Result.Code());
        writer.WriteString("reservation", lot.Reservation.ShortName());
        writer.WriteString("reference", lot.Reservation.Reference());
        writer.WritePropertyName("lot");
        WriteReasons(writer, decision.Lot);
        writer.WritePropertyName("bidder");
        WriteReasons(writer, decision.Bidder);
        writer.WriteStartArray("comparableContracts");
        foreach (var award in decision.ComparableContracts)
        {
            writer.WriteStartObject();
            writer.WriteString("ocid", award.Ocid);
            writer.WriteString("lotId", award.LotId);
            writer.WriteString("buyerId", award.BuyerId);
            writer.WriteString("supplierId", award.SupplierId);
            writer.WriteString("date", award.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("title", award.Title);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteReasons(Utf8JsonWriter writer, IEnumerable<Reason> reasons)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(reasons);
        writer.WriteStartArray();
        foreach (var reason in reasons)
        {
            writer.WriteStartObject();
            writer.WriteString("test", reason.Test);
            writer.WriteString("outcome", reason.Outcome.Code());
            writer.WriteString("text", reason.Text);
            writer.WriteString("reference", reason.Reference);
            writer.WriteStartArray("fields");
            foreach (var field in reason.Fields)
            {
                writer.WriteStringValue(field);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("figures");
            foreach (var (name, value) in reason.Figures)
            {
                if (value is { } number)
                {
                    writer.WriteNumber(name, number);
                }
                else
                {
                    writer.WriteNull(name);
                }
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Plain text for people: one line per classification, one indented line per test.</summary>
    public static string Text(SupplierClassification classification)
    {
        ArgumentNullException.ThrowIfNull(classification);
        var text = new System.Text.StringBuilder();
        foreach (var (key, value) in classification.All)
        {
            text.Append(key).Append(": ").AppendLine(value.Result.Code());
            AppendReasons(text, value.Reasons);
        }

        return text.ToString();
    }

    public static void AppendReasons(System.Text.StringBuilder text, IEnumerable<Reason> reasons)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(reasons);
        foreach (var reason in reasons)
        {
            text.Append("  [").Append(reason.Outcome switch { Verdict.True => "pass", Verdict.False => "FAIL", _ => "unknown" })
                .Append("] ").Append(reason.Test).Append(": ").AppendLine(reason.Text);
        }
    }
}
