namespace Steward.Core.Tenders;

/// <summary>One score of a quality scale and what an answer needs to earn it.</summary>
public sealed record ScaleLevel(decimal Score, string Descriptor);
