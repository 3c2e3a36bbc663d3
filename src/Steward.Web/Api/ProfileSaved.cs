namespace Steward.Web.Api;

/// <summary>What the write API did with a profile.</summary>
public sealed record ProfileSaved(string Id, string Action, IReadOnlyList<string> Fields);
