namespace Steward.Data.Entities;

/// <summary>An award criterion of a lot, with its published weight (table <c>award_criteria</c>).</summary>
public class AwardCriterionRow
{
    public string Ocid { get; set; } = string.Empty;

    public string LotId { get; set; } = string.Empty;

    public int Ordinal { get; set; }

    public string? Type { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public double? Weight { get; set; }

    public string? WeightKind { get; set; }

    /// <summary>The criterion is about social value (its name or description names it; <see cref="Core.Analytics.SocialValueCriteria"/>).</summary>
    public bool SocialValue { get; set; }

    /// <summary>The weight in percent as Steward reads it: its number, else a percentage in its text ("70", "30%"); null when neither gives one.</summary>
    public double? WeightRead { get; set; }
}
