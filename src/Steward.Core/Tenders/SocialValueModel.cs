namespace Steward.Core.Tenders;

/// <summary>
/// One version of the central government Social Value Model (PPN 002, PPN 026): its missions and outcomes, when it
/// applies and the least social value weight it asks for. Reference data (SocialValueModels.json), never code.
/// </summary>
/// <param name="Id">The version's id, as DESIGN.json <c>buyer.socialValueModel</c> names it (<c>ppn002</c>).</param>
/// <param name="Confirmed">False while the version is known only from secondary reports.</param>
/// <param name="AppliesFrom">The first procurement start day it applies to.</param>
/// <param name="AppliesUntil">The last procurement start day it applies to; null while current.</param>
/// <param name="MinimumValue">The least procurement value it applies to; null for every value.</param>
/// <param name="MinimumWeights">The weighting floor by procurement value, lowest band first.</param>
/// <param name="Name">Its title, for people.</param>
/// <param name="Source">Where its text is published.</param>
/// <param name="Note">What is and is not confirmed of it.</param>
/// <param name="WeightingRule">The weighting floor in words.</param>
/// <param name="WeightingReference">The policy note and paragraph the floor comes from.</param>
/// <param name="Missions">The missions its outcomes serve.</param>
/// <param name="Outcomes">Its outcomes, each with its model award criteria where known.</param>
public sealed record SocialValueModel(
    string Id,
    string Name,
    string Source,
    bool Confirmed,
    string Note,
    DateOnly AppliesFrom,
    DateOnly? AppliesUntil,
    decimal? MinimumValue,
    IReadOnlyList<WeightBand> MinimumWeights,
    string WeightingRule,
    string WeightingReference,
    IReadOnlyList<SocialValueMission> Missions,
    IReadOnlyList<SocialValueOutcome> Outcomes)
{
    /// <summary>Whether the version applies to a procurement starting on <paramref name="start"/> worth <paramref name="value"/>.</summary>
    public bool AppliesTo(DateOnly start, decimal? value) =>
        start >= AppliesFrom && (AppliesUntil is not { } until || start <= until) && (MinimumValue is not { } least || value >= least);

    /// <summary>The least social value weight, in percent, for a procurement worth <paramref name="value"/>; null when none is set.</summary>
    public decimal? MinimumPercent(decimal? value) =>
        MinimumWeights.Where(b => (value ?? 0m) >= b.FromValue).Select(b => (decimal?)b.Percent).LastOrDefault();

    /// <summary>The outcome with id <paramref name="outcomeId"/>, or null.</summary>
    public SocialValueOutcome? Outcome(string outcomeId) => Outcomes.FirstOrDefault(o => o.Id == outcomeId);
}
