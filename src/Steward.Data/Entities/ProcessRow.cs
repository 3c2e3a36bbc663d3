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

    /// <summary>The earliest <c>date</c> among the process's releases: when it was first published.</summary>
    public DateTime? FirstPublished { get; set; }

    /// <summary>The main CPV code (<c>tender.classification</c>, else the first item's).</summary>
    public string? MainCpv { get; set; }

    /// <summary><c>tender.numberOfTenderers</c>, when published.</summary>
    public int? NumberOfTenderers { get; set; }

    /// <summary>The organisation the buyer party resolves to (see docs/store.md).</summary>
    public string? BuyerId { get; set; }

    /// <summary>The compiled release's <c>buyer.id</c> as published (a party id within the release).</summary>
    public string? BuyerPartyId { get; set; }

    /// <summary>The compiled release's <c>buyer.name</c>, else the buyer party's name, as published.</summary>
    public string? BuyerName { get; set; }

    public OrganisationRow? Buyer { get; set; }
}
