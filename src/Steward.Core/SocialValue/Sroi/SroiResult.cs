namespace Steward.Core.SocialValue.Sroi;

/// <summary>
/// An SROI analysis with its inputs (docs/social-value.md): <see cref="PresentValue"/> over every outcome and year;
/// <see cref="NetPresentValue"/> = present value − investment; <see cref="Ratio"/> = present value ÷ investment (read
/// "£ratio : £1"); <see cref="PaybackYears"/>, the years until the cumulative present value reaches the investment,
/// interpolated within the year, or null when it never does within the outcomes' years.
/// </summary>
public sealed record SroiResult(
    SroiInput Input,
    decimal PresentValue,
    decimal NetPresentValue,
    decimal Ratio,
    decimal? PaybackYears,
    IReadOnlyList<SroiOutcomeResult> Outcomes,
    IReadOnlyList<SroiYear> Years)
{
    /// <summary>The sensitivity table, by assumption then step.</summary>
    public IReadOnlyList<SensitivityRow> Sensitivity { get; init; } = [];
}
