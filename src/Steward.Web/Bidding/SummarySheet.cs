using System.Globalization;
using Steward.Core.Evaluation.Summaries;

namespace Steward.Web.Bidding;

/// <summary>
/// An assessment summary (Procurement Regulations 2024 reg 31) in the words both its page and its PDF show, so the two
/// always state the same facts: who and what it is about, how tenders were assessed, each criterion's mark with its
/// descriptor and explanation, the totals and, for an unsuccessful tender, why and the most advantageous tender.
/// </summary>
public sealed record SummarySheet(
    string Title,
    IReadOnlyList<SheetFact> Facts,
    string Methodology,
    IReadOnlyList<SheetCriterion> Criteria,
    IReadOnlyList<SheetFact> Figures,
    string? WhyNotSuccessful,
    SheetTender? MostAdvantageous)
{
    public static SummarySheet Of(AssessmentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var lot = summary.LotTitle is null ? $"Lot {summary.Lot}" : $"Lot {summary.Lot}: {summary.LotTitle}";
        IReadOnlyList<SheetFact> facts =
        [
            new("Procurement", $"{summary.Procurement} ({summary.Ocid})"),
            new("Buyer", summary.Buyer),
            new("Lot", lot),
            new("Supplier", Named(summary.SupplierName, summary.SupplierIdentifier)),
            new("Result", summary.Successful
                ? "Your tender is the most advantageous tender (reg 31(2))."
                : "Your tender was not the most advantageous tender (reg 31(3))."),
            new("Issued", UkTime.Words(summary.Issued)),
            new("Legal basis", summary.Reference),
        ];
        return new SummarySheet($"Assessment summary: {summary.Procurement}, {lot}", facts, summary.Methodology, CriteriaOf(summary.Criteria), FiguresOf(summary.Figures),
            summary.WhyNotSuccessful,
            summary.MostAdvantageous is { } best ? new SheetTender(Named(best.SupplierName, best.SupplierIdentifier), FiguresOf(best.Figures), CriteriaOf(best.Criteria)) : null);
    }

    /// <summary>The criteria and their sub-criteria, in order, each with its depth.</summary>
    public static IReadOnlyList<SheetCriterion> CriteriaOf(IReadOnlyList<CriterionAssessment> criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var rows = new List<SheetCriterion>();
        void Add(CriterionAssessment criterion, int depth)
        {
            var parent = criterion.SubCriteria.Count > 0;
            rows.Add(new SheetCriterion(depth, criterion.Title, criterion.Importance, criterion.Available,
                criterion.Score is { } score ? Show(score) : parent ? "see its sub-criteria" : "not assessed",
                criterion.Marks is { } marks ? Show(marks) + (parent ? " (sub-total)" : string.Empty) : criterion.Available == "pass or fail" ? "none: pass or fail" : "none",
                criterion.Descriptor ?? (parent ? "see its sub-criteria" : "none published"),
                criterion.Explanation ?? (parent ? "see its sub-criteria" : "none given")));
            foreach (var sub in criterion.SubCriteria)
            {
                Add(sub, depth + 1);
            }
        }

        foreach (var criterion in criteria)
        {
            Add(criterion, 0);
        }

        return rows;
    }

    /// <summary>A tender's figures: price, quality and price marks, total, price per quality point (where the method uses it) and rank.</summary>
    public static IReadOnlyList<SheetFact> FiguresOf(TenderFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var rows = new List<SheetFact> { new("Price", Money(figures.Price)) };
        if (figures.QualityScore is { } quality)
        {
            rows.Add(new("Quality marks", Show(quality)));
        }

        if (figures.PriceScore is { } price)
        {
            rows.Add(new("Price marks", Show(price)));
        }

        if (figures.Total is { } total)
        {
            rows.Add(new("Total marks", Show(total)));
        }

        if (figures.PricePerQualityPoint is { } perPoint)
        {
            rows.Add(new("Price per quality point", Money(perPoint)));
        }

        rows.Add(new("Rank", figures.Rank is { } rank ? rank.ToString(CultureInfo.InvariantCulture) : "not ranked"));
        return rows;
    }

    private static string Named(string name, string? identifier) => identifier is null ? name : $"{name} ({identifier})";

    /// <summary>Marks to two decimal places at most, as the published tie rule rounds them (only for display).</summary>
    public static string Show(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Money(decimal value) => "£" + decimal.Round(value, 2, MidpointRounding.AwayFromZero).ToString("#,0.##", CultureInfo.InvariantCulture);
}
