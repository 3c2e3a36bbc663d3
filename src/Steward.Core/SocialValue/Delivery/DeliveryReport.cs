using System.Globalization;
using Steward.Core.Common;

namespace Steward.Core.SocialValue.Delivery;

/// <summary>A supplier's report against a KPI for one period: <see cref="Value"/> in <see cref="Unit"/>s, and where it stands.</summary>
public sealed record DeliveryReport(string KpiId, DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value, string Unit, ReportStatus Status)
{
    public const string Invalid = "REPORT_INVALID";

    /// <summary>The store's id, when it has one, so flags can point at the report.</summary>
    public string? Id { get; init; }

    /// <summary>
    /// Every reason to refuse this report against the KPI's <paramref name="versions"/> on <paramref name="today"/>, each
    /// naming its field: a period not yet begun or ending before it starts, a negative value, a unit that does not match
    /// the version in force when the period ends, a period outside the KPI's. Empty when it may be saved.
    /// </summary>
    public IReadOnlyList<Error> Validate(IReadOnlyList<Kpi> versions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var problems = new List<string>();
        if (PeriodStart > today)
        {
            problems.Add($"periodStart: the period {Kpi.Day(PeriodStart)} to {Kpi.Day(PeriodEnd)} has not begun (today is {Kpi.Day(today)}); report on a period once it has begun");
        }

        if (PeriodEnd < PeriodStart)
        {
            problems.Add($"periodEnd: {Kpi.Day(PeriodEnd)} is before periodStart, {Kpi.Day(PeriodStart)}");
        }

        if (Value < 0m)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"value: {Value} is negative; report what was delivered, 0 or more"));
        }
        else if (Value > Valuation.ValuationRules.Largest)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"value: {Value} is above the largest allowed value, 1,000,000,000,000"));
        }

        var own = versions.Where(v => v.Id == KpiId).ToList();
        if (own.Count == 0)
        {
            problems.Add($"kpiId: \"{KpiId}\" is not a KPI of this contract");
        }
        else if (KpiHistory.InForce(own, PeriodEnd) is not { } version)
        {
            problems.Add($"periodEnd: {Kpi.Day(PeriodEnd)} is before the KPI came into force, {Kpi.Day(own.Min(v => v.EffectiveFrom))}");
        }
        else
        {
            if (!string.Equals(Unit.Trim(), version.Unit.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"unit: \"{Unit}\" does not match the KPI's unit, \"{version.Unit}\"; report in {version.Unit}");
            }

            if (PeriodStart < version.PeriodStart || PeriodEnd > version.PeriodEnd)
            {
                problems.Add($"periodStart: the period {Kpi.Day(PeriodStart)} to {Kpi.Day(PeriodEnd)} is not within the KPI's, {Kpi.Day(version.PeriodStart)} to {Kpi.Day(version.PeriodEnd)}");
            }
        }

        return [.. problems.Select(p => new Error(Invalid, p))];
    }
}
