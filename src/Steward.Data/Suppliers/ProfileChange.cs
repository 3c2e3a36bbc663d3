namespace Steward.Data.Suppliers;

/// <summary>One entry of a profile's history: who changed what, and when.</summary>
public sealed record ProfileChange(int Version, DateTime ChangedAt, string ChangedBy, string Action, IReadOnlyList<string> Fields);
