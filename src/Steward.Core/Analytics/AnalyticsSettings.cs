namespace Steward.Core.Analytics;

/// <summary>
/// What the law and the standard leave open in the reports, with the defaults docs/indicators.md documents.
/// </summary>
public sealed record AnalyticsSettings
{
    public static readonly AnalyticsSettings Default = new();

    /// <summary>Procurement methods whose lots count as competed (default: open and selective).</summary>
    public IReadOnlyList<string> CompetitiveMethods { get; init; } = [ProcedureKinds.Open, ProcedureKinds.Selective];

    /// <summary>Phrases that mark an award criterion as social value (<see cref="SocialValueCriteria.DefaultPhrases"/>).</summary>
    public IReadOnlyList<string> SocialValuePhrases { get; init; } = SocialValueCriteria.DefaultPhrases;

    /// <summary>Buyers with fewer processes than this are left out of their peers' distributions (default 5).</summary>
    public int MinimumPeerProcesses { get; init; } = 5;

    /// <summary>A peer group with fewer buyers than this gives no percentiles (default 5): a percentile among two or three says nothing.</summary>
    public int MinimumPeerBuyers { get; init; } = 5;

    /// <summary>Only processes from the UK's publishers (and Steward's demo data) count (default true); false counts every publisher in the store.</summary>
    public bool UkPublishersOnly { get; init; } = true;

    /// <summary>
    /// Organisations the supplier register verifies as social enterprises or VCSEs (docs/suppliers.md), for
    /// <c>registerShare</c>; null when there is no register to ask, and then <c>registerShare</c> is null.
    /// </summary>
    public IReadOnlySet<string>? VerifiedMissionSuppliers { get; init; }

    public bool IsCompetitive(string? method) =>
        CompetitiveMethods.Contains(ProcedureKinds.Of(method), StringComparer.Ordinal);
}
