namespace Steward.Core.SocialValue.Delivery;

/// <summary>
/// One contract's KPIs as assessed, with who supplies and buys it and what has been spent on it so far
/// (<see cref="Spend"/>, in pounds; null when not known), for <see cref="DeliveryRollup"/>.
/// </summary>
public sealed record ContractDelivery(string ContractId, string? SupplierId, string? BuyerId, decimal? Spend, IReadOnlyList<KpiFigures> Kpis);
