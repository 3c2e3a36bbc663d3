namespace Steward.Core.Evaluation.Scoring;

/// <summary>A price method and its published parameters (evaluation-methods.md §1.2).</summary>
/// <param name="Formula">Which formula.</param>
/// <param name="Floor">F4's floor F: prices at or below it score the full price marks.</param>
/// <param name="Ceiling">F4's ceiling C: prices at or above it score nothing.</param>
/// <param name="K">F2's slope: each 1% above the lowest loses k% of the price marks.</param>
/// <param name="A">F6's base: a price A times the lowest scores nothing.</param>
/// <param name="WillingnessToPay">F10's published £ per quality point.</param>
public sealed record PriceMethod(PriceFormula Formula, decimal? Floor = null, decimal? Ceiling = null, decimal K = 1m, decimal A = 2m, decimal? WillingnessToPay = null)
{
    /// <summary>Relative methods score a bid by the other bids' prices, so adding or removing a bid can reorder two others.</summary>
    public bool IsRelative => Formula is PriceFormula.F1 or PriceFormula.F2 or PriceFormula.F3 or PriceFormula.F5 or PriceFormula.F6;

    /// <summary>What the method still needs before it can score a bid (F4 a ceiling, F10 its £ per point); null when complete.</summary>
    public string? Missing => Formula switch
    {
        PriceFormula.F4 when Ceiling is null => "F4 needs a published ceiling above its floor",
        PriceFormula.F10 when WillingnessToPay is null => "F10 needs the published £ per quality point (wtp)",
        _ => null,
    };

    /// <summary>Methods whose best bid has the lowest figure (F7 £ per point, F10 adjusted price, F15 price).</summary>
    public bool LowestWins => Formula is PriceFormula.F7 or PriceFormula.F10 or PriceFormula.F15;
}
