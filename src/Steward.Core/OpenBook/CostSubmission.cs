using Steward.Core.Common;
using static Steward.Core.OpenBook.OpenBookLimits;

namespace Steward.Core.OpenBook;

/// <summary>
/// A supplier's open-book breakdown against a <see cref="CostTemplate"/>. Each <see cref="LineAmount"/> is the
/// total for the whole contract period, and <see cref="Units"/> is how many units those totals cover; per-unit
/// figures are worked out by <see cref="OpenBookAnalysis"/>.
/// </summary>
public sealed record CostSubmission
{
    /// <summary>The <see cref="CostTemplate.Id"/> answered.</summary>
    public required string TemplateId { get; init; }

    public required string SupplierId { get; init; }

    public string? SupplierName { get; init; }

    /// <summary>How many units (of <see cref="CostTemplate.Unit"/>) the amounts cover: more than 0, whole hundredths.</summary>
    public required decimal Units { get; init; }

    public required IReadOnlyList<LineAmount> Lines { get; init; }

    /// <summary>The margin the supplier says it makes, if stated; it must equal the total of the Margin lines.</summary>
    public decimal? DeclaredMargin { get; init; }

    /// <summary>
    /// The submission's problems against <paramref name="template"/>, each naming the field and the value at fault;
    /// empty when it can be analysed. Amounts are whole pence up to £1 trillion; only Margin lines may be negative.
    /// (Amounts are <see cref="decimal"/>, so NaN and infinity cannot occur here; <see cref="OpenBookJson"/> rejects them on reading.)
    /// </summary>
    public IReadOnlyList<Error> Validate(CostTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var errors = new List<Error>();
        if (!string.Equals(TemplateId, template.Id, StringComparison.Ordinal))
        {
            errors.Add(new("SUBMISSION_WRONG_TEMPLATE", $"templateId: {Quote(TemplateId)} does not match the template {Quote(template.Id)}."));
        }

        CostTemplate.Text(errors, "supplierId", SupplierId);
        CostTemplate.Units(errors, "units", Units);
        var definitions = (template.Lines ?? []).OfType<CostLine>()
            .GroupBy(line => line.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = Lines ?? [];
        for (var i = 0; i < lines.Count; i++)
        {
            var path = $"lines[{i}]";
            if (lines[i] is not { } line)
            {
                errors.Add(new("SUBMISSION_LINE_MISSING", $"{path}: is null."));
                continue;
            }

            if (!definitions.TryGetValue(line.LineId ?? string.Empty, out var definition))
            {
                errors.Add(new("SUBMISSION_UNKNOWN_LINE", $"{path}.lineId: {Quote(line.LineId)} is not a line of template {Quote(template.Id)}."));
            }
            else if (!seen.TryAdd(line.LineId!, i))
            {
                errors.Add(new("SUBMISSION_LINE_DUPLICATE", $"{path}.lineId: {Quote(line.LineId)} is already given at lines[{seen[line.LineId!]}]."));
            }

            Amount(errors, $"{path}.amount", line.Amount, negativeAllowed: definition?.Category == CostCategory.Margin);
        }

        foreach (var missing in definitions.Values.Where(d => d.Required && !seen.ContainsKey(d.Id)))
        {
            errors.Add(new("SUBMISSION_REQUIRED_LINE_MISSING", $"lines: the required line {Quote(missing.Id)} ({missing.Label}) has no amount."));
        }

        if (DeclaredMargin is { } declared)
        {
            Amount(errors, "declaredMargin", declared, negativeAllowed: true);
            var margin = lines.OfType<LineAmount>()
                .Where(l => definitions.TryGetValue(l.LineId ?? string.Empty, out var d) && d.Category == CostCategory.Margin)
                .Where(l => Math.Abs(l.Amount) <= MaxAmount)
                .Sum(l => l.Amount);
            if (declared != margin)
            {
                errors.Add(new("SUBMISSION_MARGIN_MISMATCH", $"declaredMargin: {Raw(declared)} does not equal the total of the Margin lines, {Raw(margin)}."));
            }
        }

        return errors;
    }

    private static void Amount(List<Error> errors, string field, decimal value, bool negativeAllowed)
    {
        if (value < 0 && !negativeAllowed)
        {
            errors.Add(new("AMOUNT_NEGATIVE", $"{field}: must not be negative, found {Raw(value)} (only a Margin line may be negative, for a loss)."));
        }
        else if (Math.Abs(value) > MaxAmount)
        {
            errors.Add(new("AMOUNT_TOO_LARGE", $"{field}: must be at most {Raw(MaxAmount)} in size, found {Raw(value)}."));
        }
        else if (!IsWholePence(value))
        {
            errors.Add(new("AMOUNT_NOT_PENCE", $"{field}: {Raw(value)} is not a whole number of pence."));
        }
    }
}
