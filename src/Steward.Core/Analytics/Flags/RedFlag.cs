namespace Steward.Core.Analytics.Flags;

/// <summary>
/// One raised flag: which indicator, what it is about (a process, a buyer, a tenderer or a supplier), the figure
/// that raised it, and why, in words that name the figures and the fence or rule used.
/// </summary>
public sealed record RedFlag
{
    /// <summary>R003 … R058 for the Cardinal indicators; UK1 … UK4 for Steward's UK ones.</summary>
    public required string Code { get; init; }

    public required string Indicator { get; init; }

    /// <summary>process, buyer, tenderer or supplier.</summary>
    public required string Subject { get; init; }

    public string? Ocid { get; init; }

    /// <summary><c>buyer.id</c> (else name) when the flag is about a buyer, or the buyer of the flagged process.</summary>
    public string? BuyerId { get; init; }

    /// <summary>The Steward organisation a tenderer or supplier flag is about.</summary>
    public string? OrganisationId { get; init; }

    public double? Value { get; init; }

    public required string Reason { get; init; }
}

/// <summary>
/// What one indicator looked at: processes it applies to, how many of those had the data it needs (coverage), how
/// many flags it raised, and the fence used when it compares against a distribution.
/// </summary>
public sealed record IndicatorSummary
{
    public required string Code { get; init; }

    public required string Indicator { get; init; }

    /// <summary>What it flags: process, buyer, tenderer or supplier.</summary>
    public required string Subject { get; init; }

    /// <summary>Processes it applies to (after the global exclusions and its own conditions).</summary>
    public int Eligible { get; init; }

    /// <summary>Of those, processes with the data it needs.</summary>
    public int WithData { get; init; }

    public int Flagged { get; init; }

    /// <summary>The distribution and fence, for indicators that use one.</summary>
    public FenceSummary? Fence { get; init; }

    /// <summary>The rule, settings and source in words.</summary>
    public required string Rule { get; init; }
}

/// <summary>The distribution an indicator fenced: how many values, Q1, Q3 and the fence (or the fixed threshold) used.</summary>
public sealed record FenceSummary(int Values, double? Q1, double? Q3, double? Fence, string Kind);
