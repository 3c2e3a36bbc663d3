using Steward.Core.Evaluation.Standstill;
using Steward.Core.Suppliers;

namespace Steward.Data.Bids;

/// <summary>How awards are published on this instance (docs/evaluation.md, "Settings").</summary>
public sealed record EvaluationOptions
{
    /// <summary>The release package's publisher name.</summary>
    public string Publisher { get; init; } = "Steward";

    /// <summary>The working-day calendar standstill periods count on, unless a buyer sets its own (PA 2023 s.123; default all-uk).</summary>
    public UkCalendar Calendar { get; init; } = UkCalendars.Default;

    /// <summary>The one-off bank holiday changes (the shipped ones by default).</summary>
    public BankHolidayChanges Holidays { get; init; } = BankHolidayChanges.Default;

    /// <summary>The register's settings, for the winner's SME and VCSE flags.</summary>
    public ClassificationRules Rules { get; init; } = ClassificationRules.Default;
}
