namespace Steward.Core.Evaluation.Summaries;

/// <summary>A tender's figures as scored: price, quality marks, price marks, total (or the method's figure) and rank.</summary>
public sealed record TenderFigures(decimal Price, decimal? QualityScore, decimal? PriceScore, decimal? Total, decimal? PricePerQualityPoint, int? Rank);
