namespace Steward.Data.Entities;

/// <summary>A contract (table <c>contracts</c>).</summary>
public class ContractRow
{
    public string Ocid { get; set; } = string.Empty;

    public string ContractId { get; set; } = string.Empty;

    public string? AwardId { get; set; }

    public string? Status { get; set; }

    public double? Value { get; set; }

    public string? Currency { get; set; }

    public DateTime? DateSigned { get; set; }

    public DateTime? PeriodStart { get; set; }

    public DateTime? PeriodEnd { get; set; }
}
