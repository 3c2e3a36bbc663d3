using System.Globalization;
using Steward.Core.OpenBook;
using Steward.Core.Tenders;

namespace Steward.Core.Evaluation.Bids;

/// <summary>
/// A bid's open-book breakdown against its lot's cost template (docs/open-book.md): asked for only where the lot has a
/// template; then every required line has an amount in whole pence, the units are given, and the lines add up to the
/// price, so the breakdown explains the whole price and its margin.
/// </summary>
public static class BidCosts
{
    /// <summary>The breakdown as the open-book tools read it, or null when the bid gives none.</summary>
    public static CostSubmission? Submission(CostTemplate template, BidContent bid, string supplierId)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(bid);
        return bid.Costs.Count == 0 && bid.CostUnits is null
            ? null
            : new CostSubmission
            {
                TemplateId = template.Id,
                SupplierId = supplierId,
                Units = bid.CostUnits ?? 0m,
                Lines = [.. bid.Costs.Select(line => new LineAmount { LineId = line.Key, Amount = line.Value })],
            };
    }

    /// <summary>Where a problem the open-book tools name by position belongs in a bid: <c>costs.units</c>, <c>costs.{line id}</c> (a required line missing too) or <c>costs</c>.</summary>
    private static (string Field, string Message) Place(CostSubmission submission, string message)
    {
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        var at = colon < 0 ? string.Empty : message[..colon];
        var rest = colon < 0 ? message : message[(colon + 2)..];
        if (at == "units")
        {
            return ("costs.units", rest);
        }

        if (at == "lines" && rest.IndexOf("required line \"", StringComparison.Ordinal) is var quote and >= 0)
        {
            var start = quote + "required line \"".Length;
            var end = rest.IndexOf('"', start);
            return end > start ? ($"costs.{rest[start..end]}", rest) : ("costs", rest);
        }

        var open = at.IndexOf('[', StringComparison.Ordinal);
        var close = at.IndexOf(']', StringComparison.Ordinal);
        return at.StartsWith("lines[", StringComparison.Ordinal) && close > open
            && int.TryParse(at.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < submission.Lines.Count
            ? ($"costs.{submission.Lines[index].LineId}", rest)
            : ("costs", rest);
    }

    internal static void Check(DesignLot lot, BidContent bid, Action<string, string> fail)
    {
        if (lot.CostTemplate is not { } template)
        {
            if (bid.Costs.Count > 0 || bid.CostUnits is not null)
            {
                fail("costs", $"lot {lot.Id} asks for no open-book cost breakdown; leave it out");
            }

            return;
        }

        if (Submission(template, bid, "bidder") is not { } submission)
        {
            fail("costs", $"lot {lot.Id} asks for an open-book cost breakdown ({template.Title}): give the units and the amount of each required line");
            return;
        }

        foreach (var problem in submission.Validate(template))
        {
            var (field, message) = Place(submission, problem.Message.TrimEnd('.'));
            fail(field, message);
        }

        var total = bid.Costs.Values.Sum();
        if (total != bid.Price)
        {
            fail("costs.total", string.Create(CultureInfo.InvariantCulture, $"the lines add up to £{total:#,0.00}, not the price of £{bid.Price:#,0.00}; the breakdown explains the whole price, margin included"));
        }
    }
}
