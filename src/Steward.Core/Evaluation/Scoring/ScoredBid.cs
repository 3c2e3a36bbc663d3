namespace Steward.Core.Evaluation.Scoring;

/// <summary>
/// A bid as scored, every figure exact. <see cref="Total"/> is the additive total (quality plus price marks), or for
/// F8 the quality–price ratio, for F10 the adjusted price and for F15 the price; <see cref="PricePerQualityPoint"/> is
/// F7's figure. Excluded bids have no figures and no rank.
/// </summary>
public sealed record ScoredBid
{
    public required string Bidder { get; init; }

    public bool Excluded { get; init; }

    public string? ExclusionReason { get; init; }

    /// <summary>Flagged as possibly abnormally low: to be put to the supplier before anything is decided (PA 2023 s.19(4)).</summary>
    public bool AbnormallyLow { get; init; }

    public string? AbnormallyLowReason { get; init; }

    /// <summary>Quality marks earned (social value included), out of the quality criteria's weights.</summary>
    public decimal? QualityScore { get; init; }

    /// <summary>Quality in percent of the quality marks available.</summary>
    public decimal? QualityPercent { get; init; }

    public decimal? PriceScore { get; init; }

    public decimal? Total { get; init; }

    public decimal? PricePerQualityPoint { get; init; }

    public int? Rank { get; init; }

    public required decimal Price { get; init; }

    public DateTimeOffset? Submitted { get; init; }
}
