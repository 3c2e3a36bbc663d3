using Steward.Core.SocialValue.Delivery;

namespace Steward.Data.Delivery;

/// <summary>A contract's committed against delivered as of a day: each KPI's figures (Core <c>CommittedVsDelivered</c>) and the row for roll-ups.</summary>
public sealed record ContractFigures(DeliveryContract Contract, IReadOnlyList<KpiFigures> Kpis, ContractDelivery Delivery);
