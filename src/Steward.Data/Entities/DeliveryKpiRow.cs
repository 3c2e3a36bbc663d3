using System.Globalization;

namespace Steward.Data.Entities;

/// <summary>
/// One version of a contract KPI (table <c>delivery_kpis</c>; Core <c>Kpi</c>): a change is a new row with the same
/// <see cref="KpiId"/> and a higher <see cref="Version"/>, so the old one keeps its history.
/// </summary>
public class DeliveryKpiRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The delivery contract (delivery_contracts.id).</summary>
    public string DeliveryContractId { get; set; } = string.Empty;

    /// <summary>The KPI's id within the contract, the same in every version.</summary>
    public string KpiId { get; set; } = string.Empty;

    public int Version { get; set; } = 1;

    public string Measure { get; set; } = string.Empty;

    public string Unit { get; set; } = string.Empty;

    public decimal Target { get; set; }

    /// <summary><c>Increase</c>, <c>Decrease</c> or <c>Maintain</c> (Core <c>KpiDirection</c>).</summary>
    public string Direction { get; set; } = "Increase";

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    /// <summary>The day this version came into force; null for the first (its period's start).</summary>
    public DateOnly? InForceFrom { get; set; }

    public string? Goal { get; set; }

    public string? Outcome { get; set; }

    public string? Place { get; set; }

    /// <summary>The proxy value it is valued with: a library id (<c>greenbook</c> for the one Steward ships) and a value id.</summary>
    public string? ProxyLibraryId { get; set; }

    public string? ProxyValueId { get; set; }

    /// <summary>Why this version was made (a change's reason, or "commitment in the winning bid").</summary>
    public string? Note { get; set; }

    public DateTime CreatedAt { get; set; }

    string IAuditedRow.AuditSubject => $"delivery:{DeliveryContractId}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["kpi"] = KpiId,
        ["version"] = Version.ToString(CultureInfo.InvariantCulture),
        ["unit"] = Unit,
        ["target"] = Target.ToString(CultureInfo.InvariantCulture),
    };
}
