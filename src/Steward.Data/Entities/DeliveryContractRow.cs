using System.Globalization;

namespace Steward.Data.Entities;

/// <summary>
/// A contract a buyer organisation has taken on to hold to KPIs (table <c>delivery_contracts</c>): any contract of a
/// process in the store, by its OCID (docs/social-value.md, "The store"). The supplier organisation named here reports
/// against its KPIs; the buyer's commissioners and verifiers decide on the reports.
/// </summary>
public class DeliveryContractRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The buyer organisation (account_organisations.id) that took it on.</summary>
    public string OrganisationId { get; set; } = string.Empty;

    /// <summary>The process's OCID (processes.ocid).</summary>
    public string Ocid { get; set; } = string.Empty;

    /// <summary>The OCDS contract's id within the process, when the store holds one; else the award's.</summary>
    public string ContractId { get; set; } = string.Empty;

    /// <summary>The OCDS award the contract belongs to (<c>contracts[].awardID</c>).</summary>
    public string AwardId { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>The supplier organisation (account_organisations.id) that reports, when one is named.</summary>
    public string? SupplierOrganisationId { get; set; }

    /// <summary>The contract's value in pounds, as published or entered (PA 2023 s.52 counts KPIs above £5m).</summary>
    public decimal? Value { get; set; }

    /// <summary>What has been spent on it so far, in pounds, as the buyer records it; null when not known.</summary>
    public decimal? Spend { get; set; }

    public DateOnly? PeriodStart { get; set; }

    public DateOnly? PeriodEnd { get; set; }

    /// <summary><c>steward-tender</c> (its winner's commitments were brought) or <c>entered</c>.</summary>
    public string Source { get; set; } = "entered";

    /// <summary>How many delivery releases have been published for it (numbers the next).</summary>
    public int Releases { get; set; }

    public DateTime TakenOnAt { get; set; }

    string IAuditedRow.AuditSubject => $"delivery:{Id}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["organisation"] = OrganisationId,
        ["ocid"] = Ocid,
        ["contract"] = ContractId,
        ["supplier"] = SupplierOrganisationId,
        ["source"] = Source,
        ["releases"] = Releases.ToString(CultureInfo.InvariantCulture),
    };
}
