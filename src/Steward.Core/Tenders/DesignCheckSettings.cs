using Steward.Core.Analytics.Flags;
using Steward.Core.Suppliers;

namespace Steward.Core.Tenders;

/// <summary>What the design checker compares a design with: today's date, the Social Value Model versions and the rules the law leaves open.</summary>
/// <param name="Today">The day the check runs (a deadline before it has passed).</param>
public sealed record DesignCheckSettings(DateOnly Today)
{
    public SocialValueModels Models { get; init; } = SocialValueModels.Default;

    /// <summary>The reservable services list and the other register settings (docs/suppliers.md).</summary>
    public ClassificationRules Rules { get; init; } = ClassificationRules.Default;

    public TenderPeriodRules TenderPeriods { get; init; } = TenderPeriodRules.Default;

    public IReadOnlyList<ThresholdSet> Thresholds { get; init; } = ThresholdSet.ScheduleOne;
}
