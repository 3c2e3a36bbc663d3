using Steward.Core.SocialValue.Delivery;

namespace Steward.Data.Delivery;

/// <summary>
/// A contract taken on for delivery, as its pages show it: what it is, who buys and supplies it (organisations), its
/// KPIs with every version, its reports and ratings, and the s.52 warning when a contract above £5m has fewer than 3 KPIs.
/// </summary>
public sealed record DeliveryContract(
    string Id,
    string OrganisationId,
    string BuyerName,
    string Ocid,
    string ContractId,
    string AwardId,
    string Title,
    string? SupplierOrganisationId,
    string? SupplierName,
    decimal? Value,
    decimal? Spend,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    string Source,
    IReadOnlyList<Kpi> Kpis,
    IReadOnlyList<StoredReport> Reports,
    IReadOnlyList<StoredRating> Ratings)
{
    /// <summary>PA 2023 s.52(1): before entering a contract above £5,000,000 the buyer sets at least 3 KPIs.</summary>
    public const decimal KpiThreshold = 5_000_000m;

    /// <summary>The KPI ids, each once, in the order they were first set (ids set together: by id).</summary>
    public IReadOnlyList<string> KpiIds => [.. Kpis.Select(k => k.Id).Distinct(StringComparer.Ordinal)];

    /// <summary>Every version of one KPI, oldest first.</summary>
    public IReadOnlyList<Kpi> Versions(string kpiId) => [.. Kpis.Where(k => k.Id == kpiId).OrderBy(k => k.Version)];

    /// <summary>The warning to show when the contract is above £5m and has fewer than 3 KPIs (PA 2023 s.52), else null.</summary>
    public string? KpiWarning => Value > KpiThreshold && KpiIds.Count < 3
        ? $"This contract is worth £{Value:N0}, above £5,000,000, and has {KpiIds.Count} KPI{(KpiIds.Count == 1 ? string.Empty : "s")}: set at least 3 and publish them (PA 2023 s.52), unless its performance cannot appropriately be assessed by KPIs."
        : null;
}
