namespace Steward.Core.SocialValue.Valuation;

/// <summary>
/// A quantity valued with a proxy: <see cref="Value"/> = <see cref="Quantity"/> × <see cref="UnitValue"/>, the proxy's
/// value in <see cref="PriceYear"/> prices (re-based with the series <see cref="DeflatorId"/> when its own price year
/// differs). <see cref="Proxy"/> says whose value it rests on.
/// </summary>
public sealed record ValuedQuantity(decimal Quantity, string Unit, ProxyValue Proxy, int PriceYear, decimal UnitValue, decimal Value)
{
    public string? DeflatorId { get; init; }
}
