using Steward.Core.Common;

namespace Steward.Core.SocialValue.Valuation;

/// <summary>
/// Values a quantity with a proxy, or says why not: a quantity without a proxy in its own unit stays a count in its
/// unit, never a guessed £ (docs/social-value.md).
/// </summary>
public static class ProxyValuation
{
    public const string UnitMismatch = "UNIT_MISMATCH";

    public const string DeflatorRequired = "DEFLATOR_REQUIRED";

    /// <summary>
    /// <paramref name="quantity"/> <paramref name="unit"/>s at the proxy's value, in the proxy's price year or, given
    /// <paramref name="basis"/>, re-based to its price year.
    /// </summary>
    public static Result<ValuedQuantity> Value(decimal quantity, string unit, ProxyValue proxy, PriceBasis? basis = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(proxy);
        if (!ValuationRules.SameUnit(unit, proxy.Unit))
        {
            return new Error(UnitMismatch, $"the proxy \"{proxy.Id}\" values one {proxy.Unit}, not one {unit}; the quantity stays a count in {unit}");
        }

        var year = basis?.PriceYear ?? proxy.PriceYear;
        var unitValue = proxy.Value;
        string? deflator = null;
        if (year != proxy.PriceYear)
        {
            if (basis?.Deflators is not { } series)
            {
                return new Error(DeflatorRequired, $"the proxy \"{proxy.Id}\" is in {proxy.PriceYear} prices; giving it in {year} prices needs a deflator series");
            }

            var rebased = series.Rebase(proxy.Value, proxy.PriceYear, year);
            if (!rebased.IsSuccess)
            {
                return rebased.Error!;
            }

            unitValue = rebased.Value;
            deflator = series.Id;
        }

        return new ValuedQuantity(quantity, unit, proxy, year, unitValue, quantity * unitValue) { DeflatorId = deflator };
    }
}
