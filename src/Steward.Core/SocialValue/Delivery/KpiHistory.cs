namespace Steward.Core.SocialValue.Delivery;

/// <summary>Which version of a KPI was in force on a day.</summary>
public static class KpiHistory
{
    /// <summary>The version with the latest <see cref="Kpi.EffectiveFrom"/> on or before <paramref name="day"/>, or null before the first.</summary>
    public static Kpi? InForce(IEnumerable<Kpi> versions, DateOnly day) =>
        versions.Where(v => v.EffectiveFrom <= day).OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Version).LastOrDefault();
}
