namespace Steward.Core.SocialValue.Delivery;

/// <summary>
/// Committed against delivered for a group of KPIs (docs/social-value.md). <see cref="Key"/> is null for KPIs or
/// contracts without one. <see cref="ShareOnTrack"/> = on track ÷ assessed, null when none was assessed (nothing
/// verified), never 0. <see cref="ValueDelivered"/> is the sum of valued KPIs, in <see cref="PriceYear"/> prices, null
/// when none was valued or their price years differ (see <see cref="Note"/>). <see cref="ValuePerPound"/> = value of the
/// KPIs of contracts with a known spend ÷ that spend; given only when grouping by contract, supplier or buyer.
/// </summary>
public sealed record DeliveryGroup(
    string? Key,
    int Contracts,
    int Kpis,
    int KpisAssessed,
    int KpisOnTrack,
    decimal? ShareOnTrack,
    int KpisValued,
    decimal? ValueDelivered,
    int? PriceYear,
    int ContractsWithSpend,
    decimal? Spend,
    decimal? ValuePerPound,
    string? Note);
