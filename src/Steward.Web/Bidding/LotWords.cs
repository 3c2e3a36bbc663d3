using System.Globalization;
using Steward.Core.Evaluation.Scoring;
using Steward.Core.Suppliers;
using Steward.Core.Tenders;

namespace Steward.Web.Bidding;

/// <summary>A lot's facts in the words its bid page shows them (the methodology itself is Core's <see cref="Methodology"/>).</summary>
public static class LotWords
{
    /// <summary>Who a reserved lot is for, the law, and the register test Steward applies to bidders at submission.</summary>
    public static string Reservation(Reservation reservation) => reservation switch
    {
        Core.Suppliers.Reservation.SupportedEmployment => $"Supported employment providers ({reservation.Reference()}). When you submit, Steward checks your register profile with the s.32 test: at least 30% of your workforce disabled or disadvantaged.",
        Core.Suppliers.Reservation.PublicServiceMutual => $"Qualifying public service mutuals ({reservation.Reference()}). When you submit, Steward checks your register profile with the s.33 test.",
        _ => $"SMEs and VCSEs, below threshold ({reservation.Reference()}). When you submit, Steward checks your register profile with its SME and VCSE tests.",
    };

    /// <summary>An open-book line's hint: what its category holds, and the buyer's guidance.</summary>
    public static string CostLine(Core.OpenBook.CostLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var holds = line.Category switch
        {
            Core.OpenBook.CostCategory.Staff => "Staff: pay, employer's National Insurance and pension, agency staff, training",
            Core.OpenBook.CostCategory.OtherDirect => "Other direct costs of this service",
            Core.OpenBook.CostCategory.Overheads => "Overheads: a share of head-office costs",
            Core.OpenBook.CostCategory.Capital => "Capital: depreciation, rent and leases",
            Core.OpenBook.CostCategory.Finance => "Finance: interest, including on loans from owners or group companies",
            _ => "Margin: your profit (negative for a loss)",
        };
        return line.Guidance is { Length: > 0 } guidance ? $"{holds}. {guidance}" : holds;
    }

    /// <summary>"Quality", "Social value" or "Price".</summary>
    public static string Kind(CriterionKind kind) => kind switch
    {
        CriterionKind.Price => "Price",
        CriterionKind.SocialValue => "Social value",
        _ => "Quality",
    };

    /// <summary>A criterion's weight, its place in the order of importance, or pass/fail.</summary>
    public static string Weight(DesignLot lot, DesignCriterion criterion, DesignCriterion? parent)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(criterion);
        if (criterion.PassFail)
        {
            return "Pass/fail";
        }

        if (lot.Importance == RelativeImportance.Order && parent is null)
        {
            var place = lot.Criteria.Where(c => !c.PassFail).ToList().IndexOf(criterion) + 1;
            return string.Create(CultureInfo.InvariantCulture, $"{place} in order of importance");
        }

        return criterion.Weight is { } weight ? $"{SummarySheet.Show(weight)}%" : "Unweighted";
    }

    public static string Money(decimal value) => SummarySheet.Money(value);
}
