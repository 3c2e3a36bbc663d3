namespace Steward.Core.SocialValue.Sroi;

/// <summary>An assumption the sensitivity table varies (docs/social-value.md).</summary>
public enum SroiAssumption
{
    Deadweight,
    Attribution,
    Displacement,
    DropOff,
    DiscountRate,
    ProxyValue,
}
