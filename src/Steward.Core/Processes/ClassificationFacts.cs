namespace Steward.Core.Processes;

/// <summary>A classification of what is bought (CPV in the UK), from the tender, a lot's items or an award's items.</summary>
public sealed record ClassificationFacts(string Scheme, string Code, string? Description, string? LotId);
