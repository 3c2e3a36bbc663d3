namespace Steward.Data.Collect;

/// <summary>
/// One round of <see cref="LiveCollector"/>: whether it took the lease (and if not, who holds it), what each source
/// gave, and whether the lease was lost part-way (another collector took it over; this one stopped at once).
/// </summary>
public sealed record CollectRound(string Holder, bool Acquired, LeaseHolding? HeldBy, IReadOnlyList<SourceOutcome> Sources, string? LeaseLost)
{
    /// <summary>True when a source stopped with an error (the service refused, kept failing, or sent something unreadable).</summary>
    public bool Failed => Sources.Any(s => s.Error is not null);
}
