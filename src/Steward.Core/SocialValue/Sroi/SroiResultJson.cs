using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Steward.Core.SocialValue.Sroi;

/// <summary>
/// An SROI analysis as JSON, the contract of <c>steward sroi --format json</c> (docs/social-value.md):
/// <c>{"presentValue", "netPresentValue", "ratio", "paybackYears", "outcomes": [{"id", "yearValues", "presentValue",
/// "undiscountedValues", "gross", "impact", "inputs"}], "years": [...], "inputs": {...}, "sensitivity": [...],
/// "method"}</c>. Numbers are the exact decimals computed, never rounded; <c>paybackYears</c> is null when the
/// investment is never paid back.
/// </summary>
public static class SroiResultJson
{
    public const string Method =
        "SROI guide (Cabinet Office 2009; SROI Network 2012): value in year t = quantity × proxyValue × (1 − deadweight) × " +
        "(1 − attribution) × (1 − displacement) × (1 − dropOff)^(t−1), divided by the product of (1 + rate) over years 1 to t; " +
        "ratio = presentValue ÷ investment; paybackYears interpolated linearly within the year";

    public static void Write(Utf8JsonWriter writer, SroiResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        Headline(writer, result.PresentValue, result.NetPresentValue, result.Ratio, result.PaybackYears);
        writer.WriteStartArray("outcomes");
        foreach (var outcome in result.Outcomes)
        {
            writer.WriteStartObject();
            writer.WriteString("id", outcome.Outcome.Id);
            Numbers(writer, "yearValues", outcome.YearValues);
            writer.WriteNumber("presentValue", outcome.PresentValue);
            Numbers(writer, "undiscountedValues", outcome.UndiscountedValues);
            writer.WriteNumber("gross", outcome.Gross);
            writer.WriteNumber("impact", outcome.Impact);
            writer.WritePropertyName("inputs");
            Inputs(writer, outcome.Outcome);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("years");
        foreach (var year in result.Years)
        {
            writer.WriteStartObject();
            writer.WriteNumber("year", year.Year);
            writer.WriteNumber("rate", year.Rate);
            writer.WriteNumber("divisor", year.Divisor);
            writer.WriteNumber("presentValue", year.PresentValue);
            writer.WriteNumber("cumulativePresentValue", year.CumulativePresentValue);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("inputs");
        writer.WriteNumber("investment", result.Input.Investment);
        writer.WritePropertyName("discountRate");
        Discount(writer, result.Input.Discount);
        writer.WriteString("discountSchedule", result.Input.Discount.Describe());
        writer.WriteStartObject("sensitivity");
        Numbers(writer, "shareSteps", result.Input.Sensitivity.ShareSteps);
        Numbers(writer, "discountRateSteps", result.Input.Sensitivity.DiscountRateSteps);
        Numbers(writer, "proxyValueSteps", result.Input.Sensitivity.ProxyValueSteps);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("sensitivity");
        foreach (var row in result.Sensitivity)
        {
            Sensitivity(writer, row);
        }

        writer.WriteEndArray();
        writer.WriteString("method", Method);
        writer.WriteEndObject();
    }

    /// <summary>The analysis as a JSON document, indented or not.</summary>
    public static string Serialize(SroiResult result, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, result);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The name of an assumption in JSON: <c>deadweight</c>, <c>dropOff</c>, <c>discountRate</c>, <c>proxyValue</c>, ….</summary>
    public static string Name(SroiAssumption assumption) => assumption switch
    {
        SroiAssumption.Deadweight => "deadweight",
        SroiAssumption.Attribution => "attribution",
        SroiAssumption.Displacement => "displacement",
        SroiAssumption.DropOff => "dropOff",
        SroiAssumption.DiscountRate => "discountRate",
        SroiAssumption.ProxyValue => "proxyValue",
        _ => throw new ArgumentOutOfRangeException(nameof(assumption), assumption, null),
    };

    private static void Sensitivity(Utf8JsonWriter writer, SensitivityRow row)
    {
        writer.WriteStartObject();
        writer.WriteString("assumption", Name(row.Assumption));
        writer.WriteNumber("step", row.Step);
        writer.WriteBoolean("clamped", row.Clamped);
        Headline(writer, row.PresentValue, row.NetPresentValue, row.Ratio, row.PaybackYears);
        writer.WriteNumber("change", row.Change);
        writer.WritePropertyName("applied");
        if (row.Assumption == SroiAssumption.DiscountRate)
        {
            Discount(writer, row.Input.Discount);
        }
        else
        {
            writer.WriteStartArray();
            foreach (var outcome in row.Input.Outcomes)
            {
                writer.WriteStartObject();
                writer.WriteString("id", outcome.Id);
                writer.WriteNumber("value", row.Assumption switch
                {
                    SroiAssumption.Deadweight => outcome.Deadweight,
                    SroiAssumption.Attribution => outcome.Attribution,
                    SroiAssumption.Displacement => outcome.Displacement,
                    SroiAssumption.DropOff => outcome.DropOff,
                    _ => outcome.ProxyValue,
                });
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void Headline(Utf8JsonWriter writer, decimal presentValue, decimal netPresentValue, decimal ratio, decimal? payback)
    {
        writer.WriteNumber("presentValue", presentValue);
        writer.WriteNumber("netPresentValue", netPresentValue);
        writer.WriteNumber("ratio", ratio);
        if (payback is { } years)
        {
            writer.WriteNumber("paybackYears", years);
        }
        else
        {
            writer.WriteNull("paybackYears");
        }
    }

    private static void Inputs(Utf8JsonWriter writer, SroiOutcome outcome)
    {
        writer.WriteStartObject();
        writer.WriteNumber("quantity", outcome.Quantity);
        writer.WriteNumber("proxyValue", outcome.ProxyValue);
        writer.WriteNumber("deadweight", outcome.Deadweight);
        writer.WriteNumber("attribution", outcome.Attribution);
        writer.WriteNumber("displacement", outcome.Displacement);
        writer.WriteNumber("dropOff", outcome.DropOff);
        writer.WriteNumber("years", outcome.Years);
        if (outcome.ProxySource is not null)
        {
            writer.WriteString("proxySource", outcome.ProxySource);
        }

        writer.WriteEndObject();
    }

    /// <summary>A schedule as a file gives it: a number when flat, <c>"greenBook"</c>, or the bands.</summary>
    private static void Discount(Utf8JsonWriter writer, DiscountSchedule schedule)
    {
        if (schedule.Name == DiscountSchedule.GreenBookName)
        {
            writer.WriteStringValue(DiscountSchedule.GreenBookName);
        }
        else if (schedule.IsFlat)
        {
            writer.WriteNumberValue(schedule.Bands[0].Rate);
        }
        else
        {
            writer.WriteStartArray();
            foreach (var band in schedule.Bands)
            {
                writer.WriteStartObject();
                writer.WriteNumber("fromYear", band.FromYear);
                writer.WriteNumber("rate", band.Rate);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }

    private static void Numbers(Utf8JsonWriter writer, string name, IEnumerable<decimal> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }
}
