using Steward.Core.SocialValue.Delivery;

namespace Steward.Data.Delivery;

/// <summary>
/// One supplier's delivery record across the buyers that hold it to KPIs (the market view): the published organisation
/// it resolves to (null when it resolves to none), its name, how many buyers, and committed against delivered over all
/// its contracts. <see cref="Coverage"/> = KPIs with a verified delivered figure ÷ KPIs; null without KPIs.
/// </summary>
public sealed record SupplierRecord(string? OrganisationId, string Name, int Buyers, DeliveryGroup Delivery)
{
    public decimal? Coverage => Delivery.Kpis > 0 ? (decimal)Delivery.KpisAssessed / Delivery.Kpis : null;
}
