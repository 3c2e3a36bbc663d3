namespace Steward.Core.SocialValue.Delivery;

/// <summary>What <see cref="DeliveryRollup"/> groups by: a contract's attribute (contract, supplier, buyer) or a KPI's (goal, outcome, place).</summary>
public enum DeliveryGrouping
{
    Contract,
    Supplier,
    Buyer,
    Goal,
    Outcome,
    Place,
}
