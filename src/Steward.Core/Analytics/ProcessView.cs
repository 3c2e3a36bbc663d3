namespace Steward.Core.Analytics;

/// <summary>
/// One contracting process as the store hands it to the analytics: the facts read from its compiled release
/// (see <see cref="Processes.ProcessFacts"/>), with parties resolved to Steward's organisations. Dates are UTC;
/// amounts are as published. Every report and flag is a function over a sequence of these. A record, so that a
/// reader (or a test) can add parts to a process with <c>with</c>.
/// </summary>
public sealed record ProcessView
{
    public required string Ocid { get; init; }

    /// <summary>
    /// The Steward organisation the buyer resolves to (docs/store.md, "One row per real organisation"): the key of
    /// every buyer figure, page and link. Null when the buyer has neither a register identifier nor a name.
    /// </summary>
    public string? BuyerId { get; init; }

    /// <summary><c>buyer.id</c> as published: a party id local to the release (<c>1</c>, <c>org-7</c>), kept to trace figures back.</summary>
    public string? BuyerPartyId { get; init; }

    /// <summary><c>buyer.name</c>, else the buyer party's name.</summary>
    public string? BuyerName { get; init; }

    /// <summary>The buyer's type in Steward's vocabulary (<see cref="Processes.BuyerKinds"/>), from its organisation.</summary>
    public string? BuyerKind { get; init; }

    /// <summary>The buyer's UK_CA_TYPE (else TED_CA_TYPE) classification as published (code or words).</summary>
    public string? BuyerType { get; init; }

    /// <summary>The <c>address.region</c> of the organisation the buyer resolves to (the latest it published).</summary>
    public string? BuyerRegion { get; init; }

    /// <summary><c>tender.status</c>.</summary>
    public string? Status { get; init; }

    public string? ProcurementMethod { get; init; }

    public string? ProcurementMethodDetails { get; init; }

    public string? MainCategory { get; init; }

    public string? LegalBasis { get; init; }

    public bool? AboveThreshold { get; init; }

    public double? TenderValue { get; init; }

    public string? TenderCurrency { get; init; }

    public DateTime? TenderStart { get; init; }

    public DateTime? TenderEnd { get; init; }

    /// <summary>The earliest release date: when the process was first published.</summary>
    public DateTime? FirstPublished { get; init; }

    /// <summary>The compiled release's date (its latest release).</summary>
    public DateTime? Date { get; init; }

    public string? MainCpv { get; init; }

    public int? NumberOfTenderers { get; init; }

    /// <summary>The OCID's publisher prefix (<see cref="Processes.Publishers"/>); null when not known.</summary>
    public string? Publisher { get; init; }

    /// <summary>Published outside the UK (<see cref="Processes.Publishers.IsOutsideUk"/>): left out of figures unless every publisher is asked for.</summary>
    public bool OutsideUk { get; init; }

    /// <summary><c>framework</c> or <c>dynamicMarket</c> when it sets one up (its award values are ceilings), else null.</summary>
    public string? Arrangement { get; init; }

    /// <summary>It calls off from a framework or dynamic market: its awards are spend.</summary>
    public bool CallOff { get; init; }

    /// <summary>The ocid of the process this one repeats (the same notice published twice), else null: a duplicate is counted once, under that ocid.</summary>
    public string? DuplicateOf { get; init; }

    public IReadOnlyList<LotView> Lots { get; init; } = [];

    public IReadOnlyList<CriterionView> Criteria { get; init; } = [];

    public IReadOnlyList<AwardView> Awards { get; init; } = [];

    public IReadOnlyList<ContractView> Contracts { get; init; } = [];

    public IReadOnlyList<BidView> Bids { get; init; } = [];

    public IReadOnlyList<BidStatisticView> BidStatistics { get; init; } = [];

    /// <summary>Classification codes (any scheme) of the tender and its items, with their scheme.</summary>
    public IReadOnlyList<ClassificationView> Classifications { get; init; } = [];

    /// <summary>Delivery regions (NUTS/ITL codes or names) as published.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<NoticeView> Notices { get; init; } = [];

    /// <summary>The date the process counts from in a report window: first published, else its latest date.</summary>
    public DateTime? ReportDate => FirstPublished ?? Date;

    /// <summary>It sets up a framework or dynamic market: its award values are ceilings on what members may be paid, not spend.</summary>
    public bool SetsCeiling => Arrangement is not null && !CallOff;
}

/// <summary>A lot (or the whole tender, id <c>tender</c>, when it has none).</summary>
public sealed record LotView(string LotId, string? Status, double? Value, string? Currency, IReadOnlyList<string> Reserved);

/// <summary>An award criterion as published.</summary>
public sealed record CriterionView(string LotId, string? Type, string? Name, string? Description, double? Weight, string? WeightKind);

/// <summary>
/// An award, with its suppliers resolved to distinct organisations and the count of distinct suppliers it lists
/// (resolved or not). Listed suppliers Steward could not resolve still publish their scale and VCSE flags:
/// <paramref name="Unresolved"/> counts those of each kind.
/// </summary>
public sealed record AwardView(string AwardId, string? Status, DateTime? Date, double? Value, string? Currency,
    IReadOnlyList<string> RelatedLots, int SupplierCount, IReadOnlyList<SupplierView> Suppliers, UnresolvedSuppliers? Unresolved = null);

/// <summary>Of an award's listed suppliers that resolve to no organisation, how many published an SME scale, a non-SME scale (large, selfEmployed), and VCSE true.</summary>
public sealed record UnresolvedSuppliers(int Sme, int NotSme, int Vcse)
{
    public static readonly UnresolvedSuppliers None = new(0, 0, 0);
}

/// <summary>A supplier of an award: its organisation and the scale and VCSE flags it published in this process.</summary>
public sealed record SupplierView(string OrganisationId, string? Scale, bool? Vcse);

public sealed record ContractView(string ContractId, string? AwardId, string? Status, double? Value, string? Currency, DateTime? DateSigned);

/// <summary>A bid from <c>bids.details</c>, with its tenderers resolved.</summary>
public sealed record BidView(string BidId, string? Status, DateTime? Date, double? Value, string? Currency,
    IReadOnlyList<string> RelatedLots, int TendererCount, IReadOnlyList<string> Tenderers);

public sealed record BidStatisticView(string Measure, double? Value, string? LotId);

public sealed record ClassificationView(string Scheme, string Code);

public sealed record NoticeView(string? NoticeType, string Section, DateTime? DatePublished);
