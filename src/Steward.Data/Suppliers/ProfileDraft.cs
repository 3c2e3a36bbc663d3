namespace Steward.Data.Suppliers;

/// <summary>A supplier's draft of its profile: the JSON, when it was saved and whether it was submitted since.</summary>
public sealed record ProfileDraft(string Json, DateTime? SavedAt, DateTime? SubmittedAt, string? ProfileId)
{
    /// <summary>Saved since it was last submitted (or never submitted).</summary>
    public bool Unsubmitted => SavedAt is not null && (SubmittedAt is null || SavedAt > SubmittedAt);
}
