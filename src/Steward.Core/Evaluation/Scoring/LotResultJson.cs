using System.Text.Json;

namespace Steward.Core.Evaluation.Scoring;

/// <summary>
/// Lots' results as JSON, <c>steward tenders score</c>'s contract (docs/tenders.md): <c>{"lots": [{"lot", "winner",
/// "reason", "bids": [{"bidder", "excluded", "exclusionReason", "abnormallyLow", "qualityScore", "priceScore",
/// "total", "pricePerQualityPoint", "rank"}]}]}</c>, numbers exact. The store keeps an award's arithmetic in the same shape.
/// </summary>
public static class LotResultJson
{
    public static string Write(IReadOnlyList<LotResult> lots)
    {
        ArgumentNullException.ThrowIfNull(lots);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("lots");
            foreach (var lot in lots)
            {
                writer.WriteStartObject();
                writer.WriteString("lot", lot.Lot);
                writer.WriteString("winner", lot.Winner);
                writer.WriteString("reason", lot.Reason);
                writer.WriteStartArray("bids");
                foreach (var bid in lot.Bids)
                {
                    writer.WriteStartObject();
                    writer.WriteString("bidder", bid.Bidder);
                    writer.WriteBoolean("excluded", bid.Excluded);
                    writer.WriteString("exclusionReason", bid.ExclusionReason);
                    writer.WriteBoolean("abnormallyLow", bid.AbnormallyLow);
                    Number(writer, "qualityScore", bid.QualityScore);
                    Number(writer, "priceScore", bid.PriceScore);
                    Number(writer, "total", bid.Total);
                    Number(writer, "pricePerQualityPoint", bid.PricePerQualityPoint);
                    if (bid.Rank is { } rank)
                    {
                        writer.WriteNumber("rank", rank);
                    }
                    else
                    {
                        writer.WriteNull("rank");
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Number(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
