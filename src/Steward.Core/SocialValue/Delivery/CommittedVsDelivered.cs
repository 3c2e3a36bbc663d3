using System.Globalization;
using Steward.Core.SocialValue.Valuation;

namespace Steward.Core.SocialValue.Delivery;

/// <summary>
/// Committed against delivered for one KPI (docs/social-value.md). Only verified reports whose period has ended by the
/// day assessed count; submitted ones are shown as pending; queried and rejected ones are not counted. Each report is
/// judged against the version in force on its period's last day: a report in another unit, outside that version's
/// period, before the KPI came into force, or with a value outside 0 to 1,000,000,000,000 is flagged, never summed. Reports counted under a version in another unit
/// than today's stay in that version's history and out of today's figure.
/// </summary>
public static class CommittedVsDelivered
{
    /// <summary>
    /// The figures for the KPI whose versions are <paramref name="versions"/> (one id), from <paramref name="reports"/>
    /// (others' ignored), as of the end of <paramref name="asOf"/>; valued with <paramref name="proxy"/> when given,
    /// in <paramref name="basis"/>'s price year when given.
    /// </summary>
    public static KpiFigures Assess(IReadOnlyList<Kpi> versions, IEnumerable<DeliveryReport> reports, DateOnly asOf, ProxyValue? proxy = null, PriceBasis? basis = null)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(reports);
        if (versions.Count == 0 || versions.Any(v => v.Id != versions[0].Id) || versions.Any(v => v.Validate().Count > 0)
            || versions.Select(v => v.EffectiveFrom).Distinct().Count() != versions.Count)
        {
            throw new ArgumentException("Give the valid versions of one KPI, each coming into force on a different day.", nameof(versions));
        }

        var current = KpiHistory.InForce(versions, asOf) ?? versions.MinBy(v => v.EffectiveFrom)!;
        var own = reports.Where(r => r.KpiId == current.Id && r.PeriodEnd <= asOf).ToList();
        var flags = new List<DeliveryFlag>();
        var counted = new List<(DeliveryReport Report, Kpi Version)>();
        var pending = new List<DeliveryReport>();
        foreach (var report in own.Where(r => r.Status is ReportStatus.Verified or ReportStatus.Submitted))
        {
            if (Judge(report, versions, flags) is not { } version)
            {
                continue;
            }

            if (report.Status == ReportStatus.Submitted)
            {
                if (SameUnit(version.Unit, current.Unit))
                {
                    pending.Add(report);
                }
            }
            else
            {
                counted.Add((report, version));
            }
        }

        var history = versions.OrderBy(v => v.EffectiveFrom).Select(v =>
        {
            var mine = counted.Where(c => ReferenceEquals(c.Version, v)).Select(c => c.Report).ToList();
            return new KpiVersionFigures(v, Delivered(v.Direction, mine), mine.Count);
        }).ToList();
        foreach (var other in history.Where(h => h.Counted > 0 && !SameUnit(h.Version.Unit, current.Unit)))
        {
            flags.Add(new DeliveryFlag(DeliveryFlag.UnitChanged, string.Create(CultureInfo.InvariantCulture,
                $"{other.Counted} verified report(s) in {other.Version.Unit} under version {other.Version.Version} stay in its history; they are not added to today's figure in {current.Unit}")));
        }

        var today = counted.Where(c => SameUnit(c.Version.Unit, current.Unit)).ToList();
        var delivered = Delivered(current.Direction, today.Select(c => c.Report));
        var elapsed = Elapsed(current, asOf);
        var expected = current.Direction == KpiDirection.Maintain ? current.Target : current.Target * elapsed;
        bool? onTrack = delivered is not { } d ? null : current.Direction switch
        {
            KpiDirection.Increase => d >= expected,
            KpiDirection.Decrease => d <= expected,
            _ => today.All(c => c.Report.Value >= c.Version.Target),
        };
        var counts = new ReportCounts(own.Count(r => r.Status == ReportStatus.Submitted), own.Count(r => r.Status == ReportStatus.Verified),
            own.Count(r => r.Status == ReportStatus.Queried), own.Count(r => r.Status == ReportStatus.Rejected));
        var figures = new KpiFigures(current, history, asOf, elapsed, delivered, delivered is { } x && current.Target != 0m ? x / current.Target : null,
            expected, onTrack, counts, pending.Count == 0 ? null : pending.Sum(r => r.Value), flags);
        return Valued(figures, proxy, basis);
    }

    /// <summary>The share of the KPI's period gone by the end of <paramref name="asOf"/>, counted in days, 0–1.</summary>
    public static decimal Elapsed(Kpi kpi, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        var days = kpi.PeriodEnd.DayNumber - kpi.PeriodStart.DayNumber + 1;
        var gone = Math.Clamp(asOf.DayNumber - kpi.PeriodStart.DayNumber + 1, 0, days);
        return (decimal)gone / days;
    }

    private static Kpi? Judge(DeliveryReport report, IReadOnlyList<Kpi> versions, List<DeliveryFlag> flags)
    {
        var period = $"{Kpi.Day(report.PeriodStart)} to {Kpi.Day(report.PeriodEnd)}";
        if (report.Value is < 0m or > ValuationRules.Largest)
        {
            flags.Add(new DeliveryFlag(DeliveryFlag.ValueOutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"the report for {period} gives {report.Value}, outside 0 to 1,000,000,000,000; not counted"), report));
            return null;
        }

        if (KpiHistory.InForce(versions, report.PeriodEnd) is not { } version)
        {
            flags.Add(new DeliveryFlag(DeliveryFlag.BeforeInForce, $"the report for {period} ends before the KPI came into force; not counted", report));
            return null;
        }

        if (!SameUnit(report.Unit, version.Unit))
        {
            flags.Add(new DeliveryFlag(DeliveryFlag.UnitMismatch,
                $"the report for {period} is in {report.Unit}, but version {version.Version} of the KPI is measured in {version.Unit}; not counted", report));
            return null;
        }

        if (report.PeriodStart < version.PeriodStart || report.PeriodEnd > version.PeriodEnd)
        {
            flags.Add(new DeliveryFlag(DeliveryFlag.OutsidePeriod,
                $"the report for {period} is outside the KPI's period, {Kpi.Day(version.PeriodStart)} to {Kpi.Day(version.PeriodEnd)}; not counted", report));
            return null;
        }

        return version;
    }

    /// <summary>A total for Increase and Decrease; for Maintain the latest report's level. Null without a report.</summary>
    private static decimal? Delivered(KpiDirection direction, IEnumerable<DeliveryReport> reports)
    {
        var list = reports.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        return direction == KpiDirection.Maintain ? list.OrderBy(r => r.PeriodEnd).Last().Value : list.Sum(r => r.Value);
    }

    private static KpiFigures Valued(KpiFigures figures, ProxyValue? proxy, PriceBasis? basis)
    {
        var kpi = figures.Kpi;
        var count = figures.Delivered is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d} {kpi.Unit}") : "nothing verified";
        if (proxy is null)
        {
            return figures with { Unvalued = $"no proxy value: stays a count ({count})" };
        }

        if (kpi.Direction != KpiDirection.Increase)
        {
            return figures with { Unvalued = $"a KPI to {(kpi.Direction == KpiDirection.Decrease ? "stay within" : "maintain")} is not valued; only totals delivered are" };
        }

        if (figures.Delivered is not { } delivered)
        {
            return figures with { Unvalued = "nothing verified to value" };
        }

        var valued = ProxyValuation.Value(delivered, kpi.Unit, proxy, basis);
        return valued.IsSuccess ? figures with { Value = valued.Value } : figures with { Unvalued = valued.Error!.Message };
    }

    private static bool SameUnit(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
