namespace Steward.Core.Tenders;

/// <summary>A band of the weighting floor: from this procurement value up, at least this percent.</summary>
public sealed record WeightBand(decimal FromValue, decimal Percent);
