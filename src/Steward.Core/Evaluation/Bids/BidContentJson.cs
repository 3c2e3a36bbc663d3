using System.Globalization;
using System.Text;
using System.Text.Json;
using Steward.Core.Common;

namespace Steward.Core.Evaluation.Bids;

/// <summary>
/// BID.json (docs/evaluation.md) read and written. Reading names every problem by its JSON path and refuses
/// properties it does not know, so a bid is never half-read; writing is canonical (one order, no whitespace), so
/// the receipt's hash is the hash of exactly what was sealed.
/// </summary>
public static class BidContentJson
{
    public const string Code = "BID_UNREADABLE";

    /// <summary>The bid, or null with every problem (<c>price: -5 is below the smallest allowed value, 0</c>).</summary>
    public static (BidContent? Bid, IReadOnlyList<Error> Errors) Read(JsonElement root)
    {
        var errors = new List<Error>();
        if (JsonFieldReader.Root(root, Code, errors) is not { } bid)
        {
            return (null, errors);
        }

        bid.Only("lot", "price", "responses", "commitments", "declarations", "costs");
        var lot = bid.Text("lot", required: true);
        var price = bid.Number("price", min: 0m, required: true);
        var responses = new Dictionary<string, CriterionResponse>(StringComparer.Ordinal);
        if (bid.Object("responses") is { } answers)
        {
            foreach (var property in answers.Element.EnumerateObject())
            {
                if (answers.Child(property.Value, answers.Name(property.Name)) is not { } answer)
                {
                    continue;
                }

                answer.Only("text", "files");
                var text = answer.Text("text") ?? string.Empty;
                var files = answer.Array("files").Select(f => f.Item.ValueKind == JsonValueKind.String ? f.Item.GetString()! : null).ToList();
                if (files.Any(f => f is null))
                {
                    answer.Fail("files", "expected an array of file names");
                }

                responses[property.Name] = new CriterionResponse(text, [.. files.OfType<string>()]);
            }
        }

        var commitments = bid.Objects("commitments", false, "measure", "quantity", "unit", "by", "where", "criterion")
            .Select(c => (Measure: c.Text("measure", required: true), Quantity: c.Number("quantity", min: 0m, required: true), Unit: c.Text("unit", required: true),
                By: c.Date("by"), Where: c.Text("where"), Criterion: c.Text("criterion")))
            .ToList();
        var declared = bid.Object("declarations");
        declared?.Only([.. BidDeclarations.All.Select(d => d.Field)]);
        var declarations = new BidDeclarations(declared?.Bool("conditionsOfParticipation") ?? false, declared?.Bool("noExclusionGrounds") ?? false,
            declared?.Bool("independentTender") ?? false);
        var costs = new Dictionary<string, decimal>(StringComparer.Ordinal);
        decimal? units = null;
        if (bid.Object("costs") is { } breakdown)
        {
            breakdown.Only("units", "lines");
            units = breakdown.Number("units", min: 0m);
            foreach (var line in breakdown.Objects("lines", false, "lineId", "amount"))
            {
                var id = line.Text("lineId", required: true);
                var amount = line.Number("amount", required: true);
                if (id is not null && amount is { } value && !costs.TryAdd(id, value))
                {
                    line.Fail("lineId", $"line \"{id}\" is given twice");
                }
            }
        }

        if (errors.Count > 0 || lot is null || price is null)
        {
            return (null, errors);
        }

        return (new BidContent(lot, price.Value, responses,
            [.. commitments.Where(c => c.Measure is not null && c.Quantity is not null && c.Unit is not null).Select(c => new Commitment(c.Measure!, c.Quantity!.Value, c.Unit!, c.By, c.Where, c.Criterion))],
            declarations, costs, units), errors);
    }

    /// <summary>The bid from text; a syntax error is named by line and byte.</summary>
    public static (BidContent? Bid, IReadOnlyList<Error> Errors) Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException exception)
        {
            return (null, [new Error(Code, $"not valid JSON: line {(exception.LineNumber ?? 0) + 1}, byte {(exception.BytePositionInLine ?? 0) + 1}")]);
        }
    }

    /// <summary>The bid as canonical JSON: the fields in one order, responses and costs by id, no whitespace.</summary>
    public static string Write(BidContent bid)
    {
        ArgumentNullException.ThrowIfNull(bid);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("lot", bid.Lot);
            writer.WriteNumber("price", bid.Price);
            writer.WriteStartObject("responses");
            foreach (var (criterion, response) in bid.Responses.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                writer.WriteStartObject(criterion);
                writer.WriteString("text", response.Text);
                writer.WriteStartArray("files");
                foreach (var file in response.Files)
                {
                    writer.WriteStringValue(file);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteStartArray("commitments");
            foreach (var commitment in bid.Commitments)
            {
                writer.WriteStartObject();
                writer.WriteString("measure", commitment.Measure);
                writer.WriteNumber("quantity", commitment.Quantity);
                writer.WriteString("unit", commitment.Unit);
                Optional(writer, "by", commitment.By?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Optional(writer, "where", commitment.Where);
                Optional(writer, "criterion", commitment.Criterion);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("declarations");
            writer.WriteBoolean("conditionsOfParticipation", bid.Declarations.ConditionsOfParticipation);
            writer.WriteBoolean("noExclusionGrounds", bid.Declarations.NoExclusionGrounds);
            writer.WriteBoolean("independentTender", bid.Declarations.IndependentTender);
            writer.WriteEndObject();
            if (bid.Costs.Count > 0 || bid.CostUnits is not null)
            {
                writer.WriteStartObject("costs");
                if (bid.CostUnits is { } units)
                {
                    writer.WriteNumber("units", units);
                }

                writer.WriteStartArray("lines");
                foreach (var (line, amount) in bid.Costs.OrderBy(c => c.Key, StringComparer.Ordinal))
                {
                    writer.WriteStartObject();
                    writer.WriteString("lineId", line);
                    writer.WriteNumber("amount", amount);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Optional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
