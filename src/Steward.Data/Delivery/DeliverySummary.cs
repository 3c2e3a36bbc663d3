using Steward.Core.SocialValue.Delivery;

namespace Steward.Data.Delivery;

/// <summary>
/// Committed against delivered over many contracts (a buyer's, a supplier's, a process's): each contract's figures,
/// the whole (<see cref="Total"/>, null when there are no contracts) and the groups by goal, by outcome and by place
/// (the KPI's place: a region, a local authority or whatever the buyer wrote; null for KPIs without one).
/// </summary>
public sealed record DeliverySummary(DateOnly AsOf, IReadOnlyList<ContractFigures> Contracts, DeliveryGroup? Total, IReadOnlyList<DeliveryGroup> ByGoal, IReadOnlyList<DeliveryGroup> ByOutcome)
{
    /// <summary>The groups by the KPIs' place.</summary>
    public IReadOnlyList<DeliveryGroup> ByPlace { get; init; } = [];

    /// <summary>KPIs with a verified delivered figure ÷ all KPIs: how much of the picture rests on evidence; null without KPIs.</summary>
    public decimal? Coverage => Total is { Kpis: > 0 } t ? (decimal)t.KpisAssessed / t.Kpis : null;
}
