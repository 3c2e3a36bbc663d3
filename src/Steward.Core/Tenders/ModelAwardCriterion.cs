namespace Steward.Core.Tenders;

/// <summary>A model award criterion (MAC) under an outcome.</summary>
public sealed record ModelAwardCriterion(string Id, string Name, bool Confirmed);
