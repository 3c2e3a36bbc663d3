namespace Steward.Core.OpenBook;

/// <summary>
/// A supplier's amount for one line of the template: the total in pounds for the whole contract period, covering
/// <see cref="CostSubmission.Units"/> units (not a per-unit rate).
/// </summary>
public sealed record LineAmount
{
    /// <summary>The <see cref="CostLine.Id"/> this amount is for.</summary>
    public required string LineId { get; init; }

    /// <summary>Pounds, in whole pence. Only a <see cref="CostCategory.Margin"/> line may be negative (a loss).</summary>
    public required decimal Amount { get; init; }
}
