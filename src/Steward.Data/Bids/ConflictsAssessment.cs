namespace Steward.Data.Bids;

/// <summary>The latest version of a procurement's conflicts assessment (PA 2023 s.83): prepared or revised, what it says, when and by whom.</summary>
public sealed record ConflictsAssessment(string Kind, string Statement, DateTimeOffset RecordedAt, int Versions);
