using System.Text.Json;
using Steward.Core.Evaluation.Scoring;

namespace Steward.Core.Tenders;

/// <summary>
/// The checker's findings as JSON, shared by <c>steward tenders check</c> and the API (docs/tenders.md):
/// <c>{"publishable", "errors", "warnings", "findings": [{"code", "severity", "message", "reference", "path", "example"?}]}</c>.
/// </summary>
public static class DesignFindingsJson
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<DesignFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(findings);
        writer.WriteStartObject();
        writer.WriteBoolean("publishable", DesignChecker.Publishable(findings));
        writer.WriteNumber("errors", findings.Count(f => f.Severity == FindingSeverity.Error));
        writer.WriteNumber("warnings", findings.Count(f => f.Severity == FindingSeverity.Warning));
        writer.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            writer.WriteStartObject();
            writer.WriteString("code", finding.Code);
            writer.WriteString("severity", finding.Severity == FindingSeverity.Error ? "error" : "warning");
            writer.WriteString("message", finding.Message);
            writer.WriteString("reference", finding.Reference);
            writer.WriteString("path", finding.Path);
            if (finding.Example is { } example)
            {
                writer.WriteStartObject("example");
                writer.WriteStartArray("bids");
                foreach (var bid in new[] { example.First, example.Second, example.Third })
                {
                    writer.WriteStartObject();
                    writer.WriteString("bidder", bid.Bidder);
                    writer.WriteNumber("qualityPercent", bid.QualityPercent);
                    writer.WriteNumber("price", bid.Price);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                Totals(writer, "before", example.Before);
                Totals(writer, "after", example.After);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The findings as a JSON document, indented or not.</summary>
    public static string Serialize(IReadOnlyList<DesignFinding> findings, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            Write(writer, findings);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Totals(Utf8JsonWriter writer, string name, LotResult result)
    {
        writer.WriteStartObject(name);
        writer.WriteString("winner", result.Winner);
        writer.WriteStartArray("bids");
        foreach (var bid in result.Bids)
        {
            writer.WriteStartObject();
            writer.WriteString("bidder", bid.Bidder);
            if (bid.Total is { } total)
            {
                writer.WriteNumber("total", total);
            }

            if (bid.Rank is { } rank)
            {
                writer.WriteNumber("rank", rank);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
