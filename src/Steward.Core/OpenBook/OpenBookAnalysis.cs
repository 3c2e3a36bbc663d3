using Steward.Core.Common;

namespace Steward.Core.OpenBook;

/// <summary>Works out the open-book figures of a supplier's submission (docs/open-book.md, "The figures").</summary>
public static class OpenBookAnalysis
{
    /// <summary>
    /// The figures of <paramref name="submission"/> against <paramref name="template"/>. Fails, listing every
    /// problem, when the template or the submission is not valid (see <see cref="CostTemplate.Validate"/> and
    /// <see cref="CostSubmission.Validate"/>).
    /// </summary>
    public static Result<OpenBookResult> Analyse(CostTemplate template, CostSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(submission);
        var templateErrors = template.Validate();
        if (templateErrors.Count > 0)
        {
            return new Error("OPEN_BOOK_TEMPLATE_INVALID", $"Template {OpenBookLimits.Quote(template.Id)} is not valid: {Join(templateErrors)}");
        }

        var submissionErrors = submission.Validate(template);
        if (submissionErrors.Count > 0)
        {
            return new Error("OPEN_BOOK_SUBMISSION_INVALID", $"Submission from {OpenBookLimits.Quote(submission.SupplierId)} is not valid: {Join(submissionErrors)}");
        }

        var categoryOf = template.Lines.ToDictionary(line => line.Id, line => line.Category, StringComparer.Ordinal);
        var sums = submission.Lines
            .GroupBy(line => categoryOf[line.LineId])
            .ToDictionary(g => g.Key, g => g.Sum(line => line.Amount));
        var asked = template.Lines.Select(line => line.Category).ToHashSet();

        var margin = sums.GetValueOrDefault(CostCategory.Margin);
        var cost = sums.Where(kv => kv.Key != CostCategory.Margin).Sum(kv => kv.Value);
        var price = cost + margin;
        var units = submission.Units;

        var categories = Enum.GetValues<CostCategory>()
            .Select(category =>
            {
                decimal? subtotal = asked.Contains(category) ? sums.GetValueOrDefault(category) : null;
                return new CategorySubtotal
                {
                    Category = category,
                    Subtotal = subtotal,
                    ShareOfPricePercent = subtotal is { } s ? Percent(s, price) : null,
                };
            })
            .ToList();

        return new OpenBookResult
        {
            TemplateId = template.Id,
            SupplierId = submission.SupplierId,
            SupplierName = submission.SupplierName,
            ServiceCategory = template.ServiceCategory,
            Unit = template.Unit,
            Units = units,
            TotalCost = cost,
            Margin = margin,
            TotalPrice = price,
            MarginPercentOfPrice = Percent(margin, price),
            MarkupPercentOfCost = Percent(margin, cost),
            CostPerUnit = units > 0 ? cost / units : null,
            PricePerUnit = units > 0 ? price / units : null,
            Categories = categories,
        };
    }

    /// <summary>part ÷ whole × 100, or null when the whole is not above zero.</summary>
    private static decimal? Percent(decimal part, decimal whole) => whole > 0 ? part * 100 / whole : null;

    private static string Join(IReadOnlyList<Error> errors) => string.Join(" ", errors.Select(e => e.Message));
}
