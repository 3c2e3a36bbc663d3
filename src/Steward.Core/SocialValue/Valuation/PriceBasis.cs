namespace Steward.Core.SocialValue.Valuation;

/// <summary>The price year every £ is to be given in, and the deflator series that re-bases values from other years (null when none is needed).</summary>
public sealed record PriceBasis(int PriceYear, DeflatorSeries? Deflators = null);
