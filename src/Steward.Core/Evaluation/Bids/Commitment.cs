namespace Steward.Core.Evaluation.Bids;

/// <summary>
/// A social value commitment in a bid: how much of a measure the supplier will deliver, by when and where. A winning
/// bid's commitments become the contract's KPIs (docs/evaluation.md, "Commitments carry on").
/// </summary>
/// <param name="Measure">The measure's id, one of those the lot's social value criteria hold winners to.</param>
/// <param name="Quantity">How much, in <paramref name="Unit"/>; above zero.</param>
/// <param name="Unit">The measure's unit, as the buyer's goal states it.</param>
/// <param name="By">The day by which it will be delivered.</param>
/// <param name="Where">Where it will be delivered (a place, a postcode district, a local authority).</param>
/// <param name="Criterion">The social value criterion it answers, when the supplier says.</param>
public sealed record Commitment(string Measure, decimal Quantity, string Unit, DateOnly? By, string? Where, string? Criterion = null);
