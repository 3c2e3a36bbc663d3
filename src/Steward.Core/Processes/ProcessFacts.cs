namespace Steward.Core.Processes;

/// <summary>
/// The facts of one contracting process, read from its compiled release, in the flat shape later analysis queries:
/// what was bought, by whom, how, in which lots, against which criteria, awarded to whom and for how much.
/// </summary>
public sealed record ProcessFacts
{
    public required string Ocid { get; init; }

    public string? Title { get; init; }

    /// <summary><c>tender.description</c>, as published (may hold HTML and odd characters).</summary>
    public string? Description { get; init; }

    /// <summary>
    /// The release's own <c>description</c> (not <c>tender.description</c>): where Sell2Wales and Public Contracts
    /// Scotland publish the notice's further information, community benefits among it.
    /// </summary>
    public string? ReleaseDescription { get; init; }

    /// <summary><c>tender.status</c>.</summary>
    public string? Status { get; init; }

    /// <summary><c>tender.procurementMethod</c>: open, selective, limited or direct.</summary>
    public string? ProcurementMethod { get; init; }

    public string? ProcurementMethodDetails { get; init; }

    /// <summary><c>tender.mainProcurementCategory</c>: goods, services or works.</summary>
    public string? MainCategory { get; init; }

    /// <summary><c>tender.legalBasis</c> as <c>scheme:id</c> (e.g. <c>UKPGA:2023/54</c>, <c>CELEX:32014L0024</c>).</summary>
    public string? LegalBasis { get; init; }

    /// <summary><c>tender.aboveThreshold</c> (UK extension), when published.</summary>
    public bool? AboveThreshold { get; init; }

    public decimal? TenderValue { get; init; }

    public string? TenderCurrency { get; init; }

    public DateTimeOffset? TenderStart { get; init; }

    public DateTimeOffset? TenderEnd { get; init; }

    /// <summary>The compiled release's <c>date</c>: its latest release.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>The party id (within the release) of the buyer: <c>buyer.id</c>, else the first party with the buyer role.</summary>
    public string? BuyerPartyId { get; init; }

    /// <summary><c>buyer.name</c>, else the buyer party's name.</summary>
    public string? BuyerName { get; init; }

    /// <summary>The compiled release's <c>buyer.id</c> exactly as published (null when it has no buyer reference).</summary>
    public string? DeclaredBuyerId { get; init; }

    /// <summary>The main CPV code: <c>tender.classification</c> when its scheme is CPV, else the first item's CPV code.</summary>
    public string? MainCpv { get; init; }

    /// <summary><c>tender.numberOfTenderers</c>, when published.</summary>
    public int? NumberOfTenderers { get; init; }

    public IReadOnlyList<PartyFacts> Parties { get; init; } = [];

    public IReadOnlyList<LotFacts> Lots { get; init; } = [];

    public IReadOnlyList<AwardCriterionFacts> Criteria { get; init; } = [];

    public IReadOnlyList<AwardFacts> Awards { get; init; } = [];

    public IReadOnlyList<ContractFacts> Contracts { get; init; } = [];

    public IReadOnlyList<BidStatisticFacts> BidStatistics { get; init; } = [];

    /// <summary>The individual bids (<c>bids.details</c>, OCDS bid extension), when published.</summary>
    public IReadOnlyList<BidFacts> Bids { get; init; } = [];

    public IReadOnlyList<ClassificationFacts> Classifications { get; init; } = [];

    /// <summary>NUTS/ITL codes or region names of the tender's and its items' delivery addresses, distinct.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<NoticeFacts> Notices { get; init; } = [];

    /// <summary>Whether it sets up a framework or dynamic market, or calls off from one (<see cref="Arrangements"/>).</summary>
    public ArrangementFacts Arrangement { get; init; } = ArrangementFacts.None;

    /// <summary>The community-benefit or social value commitments its texts publish, when any (<see cref="CommunityBenefitText"/>).</summary>
    public CommunityBenefitText? CommunityBenefits { get; init; }
}
