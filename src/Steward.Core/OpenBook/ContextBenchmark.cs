namespace Steward.Core.OpenBook;

/// <summary>
/// A published figure that puts a margin or price in context, e.g. the CMA's average operating margin for the
/// largest children's home providers. Context only: it is never a cap.
/// </summary>
public sealed record ContextBenchmark
{
    /// <summary>Who the figure describes, e.g. "the largest children's home providers".</summary>
    public required string Population { get; init; }

    /// <summary>Average operating margin (profit ÷ revenue × 100) reported, if any.</summary>
    public decimal? OperatingMarginPercent { get; init; }

    /// <summary>Average price per <see cref="PriceUnit"/> reported, in pounds, if any.</summary>
    public decimal? AveragePrice { get; init; }

    /// <summary>The unit of <see cref="AveragePrice"/>, e.g. "week".</summary>
    public string? PriceUnit { get; init; }

    /// <summary>Whether the source gives the price as approximate ("about £820").</summary>
    public bool PriceApproximate { get; init; }

    /// <summary>The source with its date, e.g. "CMA children's social care market study, interim report (22 Oct 2021)".</summary>
    public required string Source { get; init; }
}
