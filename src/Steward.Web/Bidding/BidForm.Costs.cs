using System.Globalization;
using Steward.Core.OpenBook;

namespace Steward.Web.Bidding;

/// <summary>
/// The open-book part of the bid form, where the lot has a cost template (docs/open-book.md): <c>cost-units</c> and a
/// total in pounds per template line (<c>cost-{line id}</c>; blank optional lines left out). Only a Margin line may be
/// negative (a loss); the tender box then checks the lines against the template and the price (BidCosts).
/// </summary>
public static partial class BidForm
{
    /// <summary>The form field of the breakdown's units.</summary>
    public const string CostUnitsField = "cost-units";

    /// <summary>The form field of a template line's amount.</summary>
    public static string CostField(string lineId) => $"cost-{lineId}";

    private static (Dictionary<string, decimal> Costs, decimal? Units) Costs(CostTemplate? template, Func<string, string> text, List<(string Field, string Message)> problems)
    {
        var costs = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (template is null)
        {
            return (costs, null);
        }

        decimal? units = null;
        var unitsText = text(CostUnitsField).Replace(",", string.Empty, StringComparison.Ordinal);
        if (unitsText.Length == 0)
        {
            problems.Add((CostUnitsField, $"Enter how many {template.Unit} units your totals cover"));
        }
        else if (decimal.TryParse(unitsText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            units = parsed;
        }
        else
        {
            problems.Add((CostUnitsField, $"Enter the units as a number, like 52 (\"{unitsText}\" is not one)"));
        }

        foreach (var line in template.Lines)
        {
            var field = CostField(line.Id);
            var written = text(field);
            if (written.Length == 0)
            {
                continue;
            }

            if (Pounds(written, negativeAllowed: true) is { } amount)
            {
                costs[line.Id] = amount;
            }
            else
            {
                problems.Add((field, $"{line.Label}: enter a total in pounds, like 125000 or £125,000.50 (\"{written}\" is not one)"));
            }
        }

        return (costs, units);
    }

    /// <summary>A refusal of the breakdown ("costs.units", "costs.{line}", "costs", "costs.total") as its form field; lines that do not add up go with the price.</summary>
    private static string CostFieldOf(string path) => path switch
    {
        "costs" or "costs.units" => CostUnitsField,
        "costs.total" => "price",
        _ => CostField(path["costs.".Length..]),
    };
}
