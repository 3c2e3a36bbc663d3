using Steward.Core.SocialValue.Delivery;

namespace Steward.Data.Delivery;

/// <summary>
/// One buyer's delivery figures over every contract of its processes taken on (the peer benchmark): the published
/// buyer organisation and committed against delivered over those contracts. <see cref="Coverage"/> = KPIs with a
/// verified delivered figure ÷ KPIs; null without KPIs.
/// </summary>
public sealed record BuyerRecord(string BuyerId, DeliveryGroup Delivery)
{
    public decimal? Coverage => Delivery.Kpis > 0 ? (decimal)Delivery.KpisAssessed / Delivery.Kpis : null;
}
