namespace Steward.Core.SocialValue.Sroi;

/// <summary>
/// One outcome's figures with its inputs: <see cref="Gross"/> = quantity × proxy value; <see cref="Impact"/> = gross ×
/// (1 − deadweight) × (1 − attribution) × (1 − displacement), the value in year 1; <see cref="UndiscountedValues"/>[t−1] =
/// impact × (1 − drop-off)^(t−1); <see cref="YearValues"/>[t−1] = that value ÷ the year's divisor; <see cref="PresentValue"/>
/// their sum.
/// </summary>
public sealed record SroiOutcomeResult(
    SroiOutcome Outcome,
    decimal Gross,
    decimal Impact,
    IReadOnlyList<decimal> UndiscountedValues,
    IReadOnlyList<decimal> YearValues,
    decimal PresentValue);
