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
}
