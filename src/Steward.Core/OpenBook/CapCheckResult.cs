namespace Steward.Core.OpenBook;

/// <summary>The result of checking one <see cref="OpenBookResult"/> against one <see cref="ProfitCapPolicy"/> on a date.</summary>
public sealed record CapCheckResult
{
    public required string PolicyId { get; init; }

    public required DateOnly OnDate { get; init; }

    /// <summary>Whether the policy is valid, in force on <see cref="OnDate"/> and covers the lot's service.</summary>
    public required bool Applies { get; init; }

    public required CapStatus Status { get; init; }

    /// <summary>True when above the cap, false when within it or when no cap applies, null when unknown.</summary>
    public bool? Breached => Status switch
    {
        CapStatus.Breached => true,
        CapStatus.Unknown or CapStatus.PolicyInvalid => null,
        _ => false,
    };

    public required ProfitCapType CapType { get; init; }

    /// <summary>The submission's figure compared: margin % of price, mark-up % on cost, or price per unit; null when it cannot be computed or no cap applies.</summary>
    public decimal? Actual { get; init; }

    /// <summary>The cap compared against, in the same terms as <see cref="Actual"/>.</summary>
    public decimal? Cap { get; init; }

    /// <summary>
    /// Pounds above the cap over the whole submission (e.g. (margin % − cap %) ÷ 100 × price); 0 when within the
    /// cap; null when not compared.
    /// </summary>
    public decimal? Excess { get; init; }

    /// <summary>A sentence or three for people: the comparison, the published context and the legal basis.</summary>
    public required string Reason { get; init; }
}
