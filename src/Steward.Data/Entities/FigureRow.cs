namespace Steward.Data.Entities;

/// <summary>
/// One stored figure (table <c>figures</c>, docs/store.md "Stored figures", ADR 0015): a buyer's, a supplier's, a
/// market-year's, a market's total, a red flag, or the state row, as JSON. Import keeps them up to date for the
/// processes it touched; <c>steward db rebuild</c> recomputes them all.
/// </summary>
public class FigureRow
{
    /// <summary>buyer, supplier, market, market-total, flag or state.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The buyer's or supplier's organisation id, "cpv|region|year", "cpv|region", the flag's ordinal, or "".</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The organisation a flag is about or raised under (buyer or supplier), for lookups; else null.</summary>
    public string? Subject { get; set; }

    public string Body { get; set; } = string.Empty;
}
