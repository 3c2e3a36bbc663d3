namespace Steward.Core.SocialValue.Sroi;

/// <summary>
/// One outcome of an SROI analysis (docs/social-value.md): <see cref="Quantity"/> units a year valued at
/// <see cref="ProxyValue"/> each, less the shares that would have happened anyway (<see cref="Deadweight"/>), are
/// owed to others (<see cref="Attribution"/>) or merely moved from elsewhere (<see cref="Displacement"/>), declining
/// by <see cref="DropOff"/> a year after the first, for <see cref="Years"/> years. Shares are fractions 0–1.
/// </summary>
public sealed record SroiOutcome(
    string Id,
    decimal Quantity,
    decimal ProxyValue,
    decimal Deadweight,
    decimal Attribution,
    decimal Displacement,
    decimal DropOff,
    int Years)
{
    /// <summary>Whose proxy value this is (a library and its licence), shown beside the figures; null when not given.</summary>
    public string? ProxySource { get; init; }
}
