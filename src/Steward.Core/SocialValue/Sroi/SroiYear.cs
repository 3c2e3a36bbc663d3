namespace Steward.Core.SocialValue.Sroi;

/// <summary>
/// One year of the analysis, all outcomes together: the <see cref="Rate"/> in force, the <see cref="Divisor"/> (the
/// product of 1 + rate over years 1 to <see cref="Year"/>), the year's present value and the running total.
/// </summary>
public sealed record SroiYear(int Year, decimal Rate, decimal Divisor, decimal PresentValue, decimal CumulativePresentValue);
