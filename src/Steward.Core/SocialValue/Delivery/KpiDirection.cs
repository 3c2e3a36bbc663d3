namespace Steward.Core.SocialValue.Delivery;

/// <summary>
/// Which way a KPI is met (docs/social-value.md): <see cref="Increase"/>, a total to reach by the end of its period (local
/// hires, apprenticeship weeks); <see cref="Decrease"/>, a total to stay within (tonnes to landfill); <see cref="Maintain"/>,
/// a level every report must hold (the share of staff paid the real Living Wage).
/// </summary>
public enum KpiDirection
{
    Increase,
    Decrease,
    Maintain,
}
