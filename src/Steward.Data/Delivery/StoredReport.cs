using Steward.Core.SocialValue.Delivery;

namespace Steward.Data.Delivery;

/// <summary>A delivery report as the pages show it: its figures, narrative, files, and the decision on it by a role and organisation.</summary>
public sealed record StoredReport(
    string Id,
    string KpiId,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal Value,
    string Unit,
    string Narrative,
    ReportStatus Status,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    int Corrections,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? Reason,
    IReadOnlyList<StoredFile> Files);
