namespace Steward.Core.Tenders;

/// <summary>
/// The minimum tendering periods of PA 2023 s.54(4), in days, for a covered procurement (above threshold, not light
/// touch). The defaults are the Act's; a deployment may set longer ones as its own policy.
/// </summary>
public sealed record TenderPeriodRules
{
    public static TenderPeriodRules Default { get; } = new();

    /// <summary>Tenders submitted electronically and every tender document provided with the notice: 25 days.</summary>
    public int ElectronicWithDocumentsDays { get; init; } = 25;

    /// <summary>Any other case: 30 days.</summary>
    public int OtherwiseDays { get; init; } = 30;

    /// <summary>After a qualifying planned procurement notice (UK3): 10 days.</summary>
    public int PlannedNoticeDays { get; init; } = 10;

    /// <summary>In a state of urgency: 10 days.</summary>
    public int UrgencyDays { get; init; } = 10;

    public const string Reference = "PA 2023 s.54(4)";
}
