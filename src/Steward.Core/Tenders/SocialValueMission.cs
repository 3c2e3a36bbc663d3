namespace Steward.Core.Tenders;

/// <summary>A government mission the model's outcomes serve.</summary>
public sealed record SocialValueMission(string Id, string Name, bool Confirmed);
