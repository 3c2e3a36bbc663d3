namespace Steward.Core.SocialValue.Sroi;

/// <summary>A discount <paramref name="Rate"/> (a fraction: 0.035 for 3.5%) applying from year <paramref name="FromYear"/> until the next band.</summary>
public sealed record DiscountBand(int FromYear, decimal Rate);
