using Steward.Core.Common;
using Steward.Core.SocialValue.Delivery;
using Steward.Data.Delivery;

namespace Steward.Web.Pages.Delivery.Contracts;

/// <summary>A KPI as the contract page's forms post it (<c>Kpi.*</c>); the store names any field it refuses.</summary>
public sealed class KpiForm
{
    public string? Id { get; set; }

    public string? Measure { get; set; }

    public string? Unit { get; set; }

    public decimal? Target { get; set; }

    public KpiDirection Direction { get; set; }

    public DateOnly? PeriodStart { get; set; }

    public DateOnly? PeriodEnd { get; set; }

    public DateOnly? InForceFrom { get; set; }

    public string? Goal { get; set; }

    public string? Outcome { get; set; }

    public string? Place { get; set; }

    /// <summary>What is missing before the KPI can be judged: an empty target or period.</summary>
    public string? Missing => Target is null ? "target: empty; give the target as a number"
        : PeriodStart is null ? "periodStart: empty; give the day the KPI's period starts"
        : PeriodEnd is null ? "periodEnd: empty; give the day the KPI's period ends"
        : null;

    public Error? MissingError => Missing is { } text ? new Error(ContractDeliveries.Code, text) : null;

    public Kpi ToKpi() =>
        new(Id ?? string.Empty, Measure ?? string.Empty, Unit ?? string.Empty, Target ?? 0m, Direction, PeriodStart ?? default, PeriodEnd ?? default, Goal, Place) { Outcome = Outcome };
}
