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

    /// <summary>The OCID's publisher prefix (<c>ocds-b5fd17</c>): who published it (<see cref="Core.Processes.Publishers"/>).</summary>
    public string? Publisher { get; set; }

    /// <summary>Published outside the UK (<see cref="Core.Processes.Publishers.IsOutsideUk"/>).</summary>
    public bool OutsideUk { get; set; }

    /// <summary>
    /// It has no region of its own finer than the whole country, so a search by region counts it in its buyer's
    /// (<see cref="Portal.SearchFilters"/>); kept here so that the search need not look for the absence of regions rows.
    /// </summary>
    public bool UsesBuyerRegion { get; set; }

    /// <summary><c>framework</c> or <c>dynamicMarket</c> when it sets one up, else null (<see cref="Core.Processes.Arrangements"/>).</summary>
    public string? Arrangement { get; set; }

    /// <summary>What <see cref="Arrangement"/> was read from.</summary>
    public string? ArrangementSource { get; set; }

    /// <summary>It calls off from a framework or dynamic market.</summary>
    public bool CallOff { get; set; }

    /// <summary>What <see cref="CallOff"/> was read from.</summary>
    public string? CallOffSource { get; set; }

    /// <summary>The title, normalised, for matching the same notice published twice.</summary>
    public string? TitleKey { get; set; }

    /// <summary>The process this one repeats (counted once, under that one), else null.</summary>
    public string? DuplicateOf { get; set; }

    /// <summary>Why it was taken for a repeat: the buyer, title, value and date they share.</summary>
    public string? DuplicateReason { get; set; }

    public OrganisationRow? Buyer { get; set; }
}
