using System.Globalization;
using Steward.Core.Analytics;
using Steward.Core.SocialValue.Delivery;
using Steward.Data.Delivery;

namespace Steward.Web.Delivery;

/// <summary>
/// The quarterly delivery report a council cabinet or NHS board receives (docs/social-value.md, "Quarterly report"):
/// committed against delivered by goal and by outcome, every KPI, and the exceptions (off track, no verified report,
/// queried or rejected reports, flags, PA 2023 s.52 warnings), as of the quarter's last day. The page, the XLSX and
/// the PDF are all written from these tables, so they agree.
/// </summary>
public sealed record QuarterlyReport(string Buyer, string Quarter, DateOnly Start, DateOnly End, DeliverySummary Summary)
{
    /// <summary>The quarter <paramref name="text"/> names (<c>2027-Q2</c>), else the one holding <paramref name="today"/>.</summary>
    public static (string Name, DateOnly Start, DateOnly End) QuarterOf(string? text, DateOnly today)
    {
        var (year, quarter) = text is { Length: 7 } && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100
            && text[4..6] is "-Q" && text[6] is >= '1' and <= '4' ? (y, text[6] - '0') : (today.Year, ((today.Month - 1) / 3) + 1);
        var start = new DateOnly(year, (3 * quarter) - 2, 1);
        return (string.Create(CultureInfo.InvariantCulture, $"{year}-Q{quarter}"), start, start.AddMonths(3).AddDays(-1));
    }

    public ReportTable ByGoal => Groups("by-goal", "Goal", Summary.ByGoal);

    public ReportTable ByOutcome => Groups("by-outcome", "Outcome", Summary.ByOutcome);

    public ReportTable Kpis => new("kpis", ["Contract", "Supplier", "KPI", "Goal", "Outcome", "Committed", "Unit", "Expected by now", "Delivered (verified)", "Delivered ÷ committed", "On track"],
        [.. Summary.Contracts.SelectMany(c => c.Kpis.Select(k => (IReadOnlyList<object?>)[c.Contract.Title, c.Contract.SupplierName, k.Kpi.Measure, k.Kpi.Goal, k.Kpi.Outcome,
            k.Kpi.Target, k.Kpi.Unit, k.Expected, k.Delivered, k.Ratio, k.OnTrack switch { true => "Yes", false => "No", _ => "No reports" }]))]);

    /// <summary>What needs the board's attention, one row each, with the reason.</summary>
    public ReportTable Exceptions => new("exceptions", ["Contract", "KPI", "Exception"], [.. ExceptionRows()]);

    public IReadOnlyList<ReportTable> Tables => [ByGoal, ByOutcome, Kpis, Exceptions];

    private IEnumerable<IReadOnlyList<object?>> ExceptionRows()
    {
        foreach (var contract in Summary.Contracts)
        {
            if (contract.Contract.KpiWarning is { } warning)
            {
                yield return [contract.Contract.Title, null, warning];
            }

            foreach (var kpi in contract.Kpis)
            {
                if (kpi.OnTrack == false)
                {
                    yield return [contract.Contract.Title, kpi.Kpi.Measure, string.Create(CultureInfo.InvariantCulture, $"Off track: {kpi.Delivered:0.##} {kpi.Kpi.Unit} delivered against {kpi.Expected:0.##} expected by {End:yyyy-MM-dd}")];
                }
                else if (kpi.OnTrack is null)
                {
                    yield return [contract.Contract.Title, kpi.Kpi.Measure, "No verified report yet"];
                }

                if (kpi.Reports.Queried + kpi.Reports.Rejected > 0)
                {
                    yield return [contract.Contract.Title, kpi.Kpi.Measure, $"{kpi.Reports.Queried} report(s) queried, {kpi.Reports.Rejected} rejected"];
                }

                foreach (var flag in kpi.Flags)
                {
                    yield return [contract.Contract.Title, kpi.Kpi.Measure, $"{flag.Code}: {flag.Message}"];
                }
            }
        }
    }

    private static ReportTable Groups(string name, string key, IReadOnlyList<DeliveryGroup> groups) =>
        new(name, [key, "Contracts", "KPIs", "KPIs with verified reports", "On track", "Share on track", "Value delivered (£)", "Price year"],
            [.. groups.Select(g => (IReadOnlyList<object?>)[g.Key ?? "(none given)", g.Contracts, g.Kpis, g.KpisAssessed, g.KpisOnTrack, g.ShareOnTrack, g.ValueDelivered, g.PriceYear])]);
}
