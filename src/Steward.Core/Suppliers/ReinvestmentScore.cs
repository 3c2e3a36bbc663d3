namespace Steward.Core.Suppliers;

/// <summary>A <see cref="ReinvestmentMeasure"/> score (0–100, null without data), what it rests on, and what was missing.</summary>
/// <remarks>Show it with <see cref="ReinvestmentMeasure.Caution"/>: it is not a legal test.</remarks>
public sealed record ReinvestmentScore(decimal? Score, IReadOnlyList<string> Components, IReadOnlyList<string> Missing);
