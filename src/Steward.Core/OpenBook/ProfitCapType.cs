namespace Steward.Core.OpenBook;

/// <summary>What a <see cref="ProfitCapPolicy"/> limits.</summary>
public enum ProfitCapType
{
    /// <summary>No cap: the policy records context (the law, benchmarks) only.</summary>
    None,

    /// <summary>Margin as a percentage of price (operating margin, the CMA's measure) must not exceed the cap value (0–100).</summary>
    MarginPercent,

    /// <summary>Margin as a percentage of cost (mark-up) must not exceed the cap value.</summary>
    MarkupPercent,

    /// <summary>Price per unit, in pounds, must not exceed the cap value.</summary>
    PricePerUnit,
}
