using Steward.Data.Analytics;

namespace Steward.Data.Portal;

/// <summary>What a process page shows beyond its <see cref="Core.Analytics.ProcessView"/>: words, releases, notices, lots, codes.</summary>
public sealed record ProcessDetails
{
    public required string Ocid { get; init; }

    public string? Title { get; init; }

    /// <summary><c>tender.description</c> as published: text to be encoded, never markup to be trusted.</summary>
    public string? Description { get; init; }

    /// <summary>The release's own <c>description</c> (Sell2Wales and Public Contracts Scotland put further information there).</summary>
    public string? ReleaseDescription { get; init; }

    /// <summary>The OCID's publisher prefix.</summary>
    public string? Publisher { get; init; }

    /// <summary><c>buyer.id</c> as published (a party id local to the release).</summary>
    public string? BuyerPartyId { get; init; }

    /// <summary><c>framework</c>, <c>dynamicMarket</c> or null, and what it was read from; whether it calls off from one, and from what.</summary>
    public string? Arrangement { get; init; }

    public string? ArrangementSource { get; init; }

    public bool CallOff { get; init; }

    public string? CallOffSource { get; init; }

    /// <summary>The process this one repeats (counted under that one), and why.</summary>
    public string? DuplicateOf { get; init; }

    public string? DuplicateReason { get; init; }

    /// <summary>Processes that repeat this one.</summary>
    public IReadOnlyList<string> Duplicates { get; init; } = [];

    /// <summary>Its regions with where each was read from.</summary>
    public IReadOnlyList<RegionLine> Regions { get; init; } = [];

    /// <summary>What it publishes about community benefits or social value outside its award criteria, and the field.</summary>
    public RegionLine? CommunityBenefits { get; init; }

    public string? ProcurementMethodDetails { get; init; }

    public IReadOnlyList<ReleaseLine> Releases { get; init; } = [];

    public IReadOnlyList<NoticeLine> Notices { get; init; } = [];

    public IReadOnlyList<LotLine> Lots { get; init; } = [];

    public IReadOnlyList<CodeLine> Classifications { get; init; } = [];

    /// <summary>Names of the organisations the process refers to, by organisation id.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    /// <summary>The process's details, or null when the store has no such process.</summary>
    public static ProcessDetails? Read(DatabaseTarget target, string ocid)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(ocid);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            var key = StoreQuery.With(("@ocid", ocid));
            var head = StoreQuery.List(connection, """
                SELECT p.title, p.procurement_method_details, r.compiled, p.publisher, p.buyer_party_id, p.arrangement, p.arrangement_source, p.call_off,
                       p.call_off_source, p.duplicate_of, p.duplicate_reason
                FROM processes p LEFT JOIN records r ON r.ocid = p.ocid WHERE p.ocid = @ocid
                """,
                key, r => (Title: r.Text(0), Details: r.Text(1), Compiled: r.Text(2), Publisher: r.Text(3), BuyerPartyId: r.Text(4), Arrangement: r.Text(5),
                    ArrangementSource: r.Text(6), CallOff: r.Flag(7) ?? false, CallOffSource: r.Text(8), DuplicateOf: r.Text(9), DuplicateReason: r.Text(10))).FirstOrDefault();
            if (head == default)
            {
                return null;
            }

            var (description, releaseDescription) = ProcessDescriptions.Of(head.Compiled);
            return new ProcessDetails
            {
                Ocid = ocid,
                Title = head.Title,
                Description = description,
                ReleaseDescription = releaseDescription,
                Publisher = head.Publisher,
                BuyerPartyId = head.BuyerPartyId,
                Arrangement = head.Arrangement,
                ArrangementSource = head.ArrangementSource,
                CallOff = head.CallOff,
                CallOffSource = head.CallOffSource,
                DuplicateOf = head.DuplicateOf,
                DuplicateReason = head.DuplicateReason,
                Duplicates = StoreQuery.List(connection, "SELECT ocid FROM processes WHERE duplicate_of = @ocid ORDER BY ocid", key, r => r.GetString(0)),
                Regions = StoreQuery.List(connection, "SELECT code, source FROM regions WHERE ocid = @ocid ORDER BY code", key, r => new RegionLine(r.GetString(0), r.Text(1))),
                CommunityBenefits = StoreQuery.List(connection, "SELECT excerpt, source FROM social_value_texts WHERE ocid = @ocid", key,
                    r => new RegionLine(r.GetString(0), r.Text(1))).FirstOrDefault(),
                ProcurementMethodDetails = head.Details,
                Releases = StoreQuery.List(connection, "SELECT release_key, date, tags, source FROM releases WHERE ocid = @ocid ORDER BY date, id", key,
                    r => new ReleaseLine(r.GetString(0), r.Stamp(1), r.Text(2), r.Text(3))),
                Notices = StoreQuery.List(connection, "SELECT notice_type, document_type, date_published, url FROM notices WHERE ocid = @ocid ORDER BY date_published, document_id", key,
                    r => new NoticeLine(r.Text(0), r.Text(1), r.Stamp(2), r.Text(3))),
                Lots = StoreQuery.List(connection, "SELECT lot_id, title, status, value, currency, suitable_for_sme, suitable_for_vcse, reserved_participation FROM lots WHERE ocid = @ocid ORDER BY lot_id", key,
                    r => new LotLine(r.GetString(0), r.Text(1), r.Text(2), r.Real(3), r.Text(4), r.Flag(5), r.Flag(6), r.Text(7))),
                Classifications = StoreQuery.List(connection, "SELECT scheme, code, description, lot_id FROM classifications WHERE ocid = @ocid ORDER BY lot_id, scheme, code", key,
                    r => new CodeLine(r.GetString(0), r.GetString(1), r.Text(2), r.Text(3))),
                Names = StoreQuery.List(connection, """
                    SELECT o.id, o.name FROM organisations o
                    WHERE o.id IN (SELECT organisation_id FROM process_parties WHERE ocid = @ocid) AND o.name IS NOT NULL
                    """, key, r => (Id: r.GetString(0), Name: r.GetString(1))).ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal),
            };
        });
    }

}

/// <summary>One release of a process: its id, date and tags (the process's timeline).</summary>
public sealed record ReleaseLine(string Id, DateTime? Date, string? Tags, string? Source);

/// <summary>A notice document: its UK notice type, date and link.</summary>
public sealed record NoticeLine(string? NoticeType, string? DocumentType, DateTime? Published, string? Url);

public sealed record LotLine(string LotId, string? Title, string? Status, double? Value, string? Currency, bool? SuitableForSme, bool? SuitableForVcse, string? Reserved);

public sealed record CodeLine(string Scheme, string Code, string? Description, string? LotId);

/// <summary>A value with where it was read from (a region's code and source, or an excerpt and its field).</summary>
public sealed record RegionLine(string Value, string? Source);
