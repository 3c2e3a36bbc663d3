using Steward.Core.SocialValue.Valuation;

namespace Steward.Core.SocialValue.Delivery;

/// <summary>
/// Committed against delivered for one KPI as of <see cref="AsOf"/> (docs/social-value.md). <see cref="Kpi"/> is the
/// version in force; <see cref="Delivered"/> the verified total (a level for <see cref="KpiDirection.Maintain"/>: the
/// latest), null when nothing verified counts, never 0; <see cref="Ratio"/> = delivered ÷ target; <see cref="Expected"/>
/// = target × <see cref="ElapsedShare"/> (the target itself for Maintain); <see cref="OnTrack"/> null without a delivered
/// figure. <see cref="Value"/> is the delivered quantity valued with a proxy in its unit, or null with the reason in
/// <see cref="Unvalued"/>.
/// </summary>
public sealed record KpiFigures(
    Kpi Kpi,
    IReadOnlyList<KpiVersionFigures> History,
    DateOnly AsOf,
    decimal ElapsedShare,
    decimal? Delivered,
    decimal? Ratio,
    decimal Expected,
    bool? OnTrack,
    ReportCounts Reports,
    decimal? Pending,
    IReadOnlyList<DeliveryFlag> Flags)
{
    public ValuedQuantity? Value { get; init; }

    public string? Unvalued { get; init; }
}
