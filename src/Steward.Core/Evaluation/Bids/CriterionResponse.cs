namespace Steward.Core.Evaluation.Bids;

/// <summary>A supplier's answer to one criterion: its text and the names of the files it attaches.</summary>
public sealed record CriterionResponse(string Text, IReadOnlyList<string> Files);
