namespace Steward.Core.Tenders;

/// <summary>An outcome of the model, with its model award criteria (MACs) where they are known.</summary>
public sealed record SocialValueOutcome(string Id, string? Mission, string Name, bool Confirmed, string Description, IReadOnlyList<ModelAwardCriterion> Criteria);
