namespace Steward.Core.SocialValue.Sroi;

/// <summary>
/// One row of the sensitivity table: <see cref="Assumption"/> moved by <see cref="Step"/> (points for shares and rates,
/// a fraction of the value for proxy values), the <see cref="Input"/> that gave (its values held within 0–1, and
/// <see cref="Clamped"/> true when any was held), and the headline figures it gives. <see cref="Change"/> is the present
/// value less the base case's.
/// </summary>
public sealed record SensitivityRow(
    SroiAssumption Assumption,
    decimal Step,
    bool Clamped,
    SroiInput Input,
    decimal PresentValue,
    decimal NetPresentValue,
    decimal Ratio,
    decimal? PaybackYears,
    decimal Change);
