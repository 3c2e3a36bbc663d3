namespace Steward.Core.Suppliers;

/// <summary>
/// Whether a supplier (or consortium) may bid for a reserved lot: <see cref="Verdict.True"/> only when the lot may be
/// reserved so and the bidder passes every test; with the lot's reasons and the bidder's reasons kept apart.
/// </summary>
public sealed record EligibilityDecision(Verdict Result, IReadOnlyList<Reason> Lot, IReadOnlyList<Reason> Bidder)
{
    /// <summary>Earlier awards that made the bidder not "qualifying" under s.33(5), if any.</summary>
    public IReadOnlyList<PriorAward> ComparableContracts { get; init; } = [];
}
