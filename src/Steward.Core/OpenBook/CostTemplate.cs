using Steward.Core.Common;
using static Steward.Core.OpenBook.OpenBookLimits;

namespace Steward.Core.OpenBook;

/// <summary>
/// What a buyer attaches to a lot for open-book costing: the unit being priced, how many are expected, and the cost
/// lines every supplier must (or may) fill in. Suppliers answer with a <see cref="CostSubmission"/>.
/// </summary>
public sealed record CostTemplate
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>The unit being priced, e.g. "placement-week", "hour" or "bed-night".</summary>
    public required string Unit { get; init; }

    /// <summary>How many units the buyer expects over the contract period (more than 0, whole hundredths).</summary>
    public required decimal ExpectedUnits { get; init; }

    /// <summary>Optional service category (e.g. "childrens-homes", "fostering") that matches <see cref="ProfitCapPolicy.ServiceCategory"/>.</summary>
    public string? ServiceCategory { get; init; }

    /// <summary>The published process the template is attached to (its OCID), when there is one.</summary>
    public string? Ocid { get; init; }

    /// <summary>The lot within <see cref="Ocid"/> (<c>tender</c> for a process without lots).</summary>
    public string? LotId { get; init; }

    public required IReadOnlyList<CostLine> Lines { get; init; }

    /// <summary>
    /// The template's problems, each naming its field (e.g. <c>lines[2].category</c>); empty when it is usable.
    /// A template needs at least one line, unique line ids, and a required <see cref="CostCategory.Margin"/> line
    /// so that every price shows its profit.
    /// </summary>
    public IReadOnlyList<Error> Validate()
    {
        var errors = new List<Error>();
        Text(errors, "id", Id);
        Text(errors, "title", Title);
        Text(errors, "unit", Unit);
        Units(errors, "expectedUnits", ExpectedUnits);
        if (Lines is null || Lines.Count == 0)
        {
            errors.Add(new("TEMPLATE_NO_LINES", "lines: the template has no cost lines."));
            return errors;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            var path = $"lines[{i}]";
            if (line is null)
            {
                errors.Add(new("TEMPLATE_LINE_MISSING", $"{path}: is null."));
                continue;
            }

            Text(errors, $"{path}.id", line.Id);
            Text(errors, $"{path}.label", line.Label);
            if (!Enum.IsDefined(line.Category))
            {
                errors.Add(new("TEMPLATE_LINE_CATEGORY", $"{path}.category: {(int)line.Category} is not a cost category ({string.Join(", ", Enum.GetNames<CostCategory>())})."));
            }

            if (!string.IsNullOrWhiteSpace(line.Id) && !seen.TryAdd(line.Id, i))
            {
                errors.Add(new("TEMPLATE_LINE_DUPLICATE", $"{path}.id: {Quote(line.Id)} is already used by lines[{seen[line.Id]}]."));
            }
        }

        var margins = Lines.Select((line, i) => (line, i)).Where(x => x.line is { Category: CostCategory.Margin }).ToList();
        if (margins.Count == 0)
        {
            errors.Add(new("TEMPLATE_NO_MARGIN_LINE", "lines: no line has category Margin; add one so that every price shows the supplier's margin."));
        }
        else if (!margins.Any(x => x.line.Required))
        {
            errors.Add(new("TEMPLATE_MARGIN_OPTIONAL", $"lines[{margins[0].i}].required: the Margin line {Quote(margins[0].line.Id)} must be required so that every submission states its margin."));
        }

        return errors;
    }

    internal static void Text(List<Error> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new("FIELD_EMPTY", $"{field}: is empty."));
        }
    }

    internal static void Units(List<Error> errors, string field, decimal value)
    {
        if (value <= 0)
        {
            errors.Add(new("UNITS_NOT_POSITIVE", $"{field}: must be more than 0, found {Raw(value)}."));
        }
        else if (value > MaxUnits)
        {
            errors.Add(new("UNITS_TOO_LARGE", $"{field}: must be at most {Raw(MaxUnits)}, found {Raw(value)}."));
        }
        else if (!IsWholePence(value))
        {
            errors.Add(new("UNITS_TOO_PRECISE", $"{field}: must have at most 2 decimal places, found {Raw(value)}."));
        }
    }
}
