namespace Steward.Data.Entities;

/// <summary>
/// A contracting process (table <c>processes</c>): the flat facts analysis queries, and the row that tenders,
/// evaluations and contracts managed in Steward will hang off.
/// </summary>
public class ProcessRow
{
    public string Ocid { get; set; } = string.Empty;

    public string? Title { get; set; }

    public string? Status { get; set; }

    public string? ProcurementMethod { get; set; }

    public string? ProcurementMethodDetails { get; set; }

    public string? MainCategory { get; set; }

    public string? LegalBasis { get; set; }

    public bool? AboveThreshold { get; set; }

    public double? TenderValue { get; set; }

    public string? TenderCurrency { get; set; }

    public DateTime? TenderStart { get; set; }

    public DateTime? TenderEnd { get; set; }

    public DateTime? Date { get; set; }

    public string? BuyerId { get; set; }

    public OrganisationRow? Buyer { get; set; }
}
