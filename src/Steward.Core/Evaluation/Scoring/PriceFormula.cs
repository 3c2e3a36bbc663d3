namespace Steward.Core.Evaluation.Scoring;

/// <summary>
/// The price methods of the catalogue (../shared/domain/evaluation-methods.md §1.2), by their numbers there. F9, F11,
/// F12 and F13 are not offered in designs: F13's last step was not retrieved, and F9, F11 and F12 need inputs a design
/// does not hold. F11, ProZorro's coefficient, is computed for comparison by <see cref="MeatCoefficient"/>.
/// </summary>
public enum PriceFormula
{
    /// <summary>Proportional to the lowest: <c>Wp × Pmin / Pi</c> (relative).</summary>
    F1 = 1,

    /// <summary>Linear deviation from the lowest: <c>max(0, Wp × (1 − k × (Pi − Pmin) / Pmin))</c> (relative).</summary>
    F2 = 2,

    /// <summary>Linear between lowest and highest: <c>Wp × (Pmax − Pi) / (Pmax − Pmin)</c> (relative).</summary>
    F3 = 3,

    /// <summary>Absolute linear between a published floor and ceiling: <c>Wp × clamp((C − Pi) / (C − F), 0, 1)</c>.</summary>
    F4 = 4,

    /// <summary>Deviation from the mean: <c>Wp / 100 × max(0, 50 − 100 × (Pi − mean) / mean)</c> (relative).</summary>
    F5 = 5,

    /// <summary>Logarithmic: <c>Wp × max(0, 1 − ln(Pi / Pmin) / ln A)</c> (relative).</summary>
    F6 = 6,

    /// <summary>Price per quality point: <c>Pi / Qi</c>, lowest wins (absolute).</summary>
    F7 = 7,

    /// <summary>Quality–price ratio: <c>Qi / Pi</c>, highest wins (absolute).</summary>
    F8 = 8,

    /// <summary>Monetised quality: <c>Pi − Qi × WTP</c>, lowest wins (absolute).</summary>
    F10 = 10,

    /// <summary>Fixed price: award on quality alone.</summary>
    F14 = 14,

    /// <summary>Lowest price among compliant bids.</summary>
    F15 = 15,
}
