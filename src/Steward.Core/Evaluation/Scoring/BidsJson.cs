using System.Text.Json;
using Steward.Core.Common;

namespace Steward.Core.Evaluation.Scoring;

/// <summary>
/// Reads a BIDS.json (docs/tenders.md): <c>[{bidder, lot, price, scores {criterion: score}, submitted}]</c>. Every
/// problem names its JSON path; a negative price or score is refused.
/// </summary>
public static class BidsJson
{
    public const string Code = "BIDS_INVALID";

    public static (IReadOnlyList<(string Lot, TenderBid Bid)> Bids, IReadOnlyList<Error> Errors) Read(JsonElement root)
    {
        var errors = new List<Error>();
        var bids = new List<(string, TenderBid)>();
        if (root.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new Error(Code, $"$: expected an array of bids, found {JsonFieldReader.Describe(root)}"));
            return (bids, errors);
        }

        var index = 0;
        foreach (var item in root.EnumerateArray())
        {
            var path = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{index++}]");
            var reader = JsonFieldReader.Root(item, Code, errors)?.Child(item, path);
            if (reader is null)
            {
                continue;
            }

            var bidder = reader.Text("bidder", required: true);
            var lot = reader.Text("lot", required: true);
            var price = reader.Number("price", min: 0m, required: true);
            var scores = new Dictionary<string, decimal>(StringComparer.Ordinal);
            if (reader.Object("scores") is { } scoreReader)
            {
                foreach (var property in scoreReader.Element.EnumerateObject())
                {
                    if (scoreReader.Number(property.Name, min: 0m) is { } score)
                    {
                        scores[property.Name] = score;
                    }
                }
            }

            DateTimeOffset? submitted = null;
            if (reader.Text("submitted") is { } when)
            {
                if (DateTimeOffset.TryParse(when, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at))
                {
                    submitted = at;
                }
                else
                {
                    reader.Fail("submitted", $"\"{when}\" is not a date-time like 2026-12-02T12:00:00Z");
                }
            }

            if (bidder is not null && lot is not null && price is { } p)
            {
                bids.Add((lot, new TenderBid(bidder, p, scores, submitted)));
            }
        }

        return (bids, errors);
    }
}
