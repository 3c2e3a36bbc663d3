namespace Steward.Core.Tenders;

/// <summary>The published quality scale (e.g. 0–5), with what each score means.</summary>
public sealed record QualityScale(decimal Max, IReadOnlyList<ScaleLevel> Levels)
{
    /// <summary>The scale most UK councils use: 0 to 5 with short descriptors.</summary>
    public static QualityScale ZeroToFive { get; } = new(5m,
    [
        new(0m, "Unacceptable: no answer, or one that does not meet the requirement"),
        new(1m, "Poor: significant gaps or risks"),
        new(2m, "Weak: meets some of the requirement, with gaps"),
        new(3m, "Satisfactory: meets the requirement"),
        new(4m, "Good: meets the requirement with some added value"),
        new(5m, "Excellent: exceeds the requirement, with evidence"),
    ]);
}
