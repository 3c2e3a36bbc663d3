namespace Steward.Core.SocialValue.Sroi;

/// <summary>
/// The steps of the sensitivity table (docs/social-value.md). <see cref="ShareSteps"/> move deadweight, attribution,
/// displacement and drop-off by percentage points (0.1 = 10 points), held within 0–1; <see cref="DiscountRateSteps"/>
/// move every discount rate by points, held within 0–1; <see cref="ProxyValueSteps"/> scale every proxy value
/// (0.2 = 20% more).
/// </summary>
public sealed record SensitivitySettings(IReadOnlyList<decimal> ShareSteps, IReadOnlyList<decimal> DiscountRateSteps, IReadOnlyList<decimal> ProxyValueSteps)
{
    /// <summary>Shares ±10 and ±20 points; discount rates ±1 and ±2 points; proxy values ±10% and ±20%.</summary>
    public static SensitivitySettings Default { get; } = new([-0.2m, -0.1m, 0.1m, 0.2m], [-0.02m, -0.01m, 0.01m, 0.02m], [-0.2m, -0.1m, 0.1m, 0.2m]);
}
