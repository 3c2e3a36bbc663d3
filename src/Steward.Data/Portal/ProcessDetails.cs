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

    /// <summary>How many contracts of the process a buyer took on in Steward to hold to KPIs (<c>delivery_contracts</c>).</summary>
    public int DeliveryContracts { get; init; }

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
            var batch = new QueryBatch(connection, StoreQuery.With(("@ocid", ocid)));
            var details = Queries(batch, ocid);
            batch.Run();
            return details();
        });
    }

    /// <summary>
    /// What a process page (and the API's process) shows, in one round trip on one connection, asynchronously: the
    /// details of <see cref="Read"/> and the process as the figures see it (<see cref="ProcessViewReader.ReadScope"/>),
    /// or null when the store has no such process. Under load on PostgreSQL a connection taken from the pool costs its
    /// reset statements and a round trip, so the page takes one (docs/performance.md).
    /// </summary>
    public static async Task<ProcessPage?> ReadPageAsync(DatabaseTarget target, string ocid, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(ocid);
        DatabaseMigrator.EnsureReady(target);
        return await DatabaseMigrator.GuardAsync(target, async () =>
        {
            await using var connection = await StoreQuery.OpenAsync(target, cancellation).ConfigureAwait(false);
            var scope = ProcessScope.Process(ocid);
            var batch = new QueryBatch(connection, StoreQuery.With(("@ocid", ocid)).Concat(ProcessViewReader.Parameters(scope)).ToDictionary());
            var details = Queries(batch, ocid);
            var views = ProcessViewReader.Add(batch, target.Provider, ViewParts.All, scope);
            await batch.RunAsync(cancellation).ConfigureAwait(false);
            var (read, view) = (details(), views().SingleOrDefault());
            return read is null || view is null ? null : new ProcessPage(read, view);
        }).ConfigureAwait(false);
    }

    /// <summary>Adds the page's queries to <paramref name="batch"/>; what is returned reads their rows once it has run.</summary>
    private static Func<ProcessDetails?> Queries(QueryBatch batch, string ocid)
    {
        var heads = batch.Add("""
                SELECT p.title, p.procurement_method_details, r.compiled, p.publisher, p.buyer_party_id, p.arrangement, p.arrangement_source, p.call_off,
                       p.call_off_source, p.duplicate_of, p.duplicate_reason
                FROM processes p LEFT JOIN records r ON r.ocid = p.ocid WHERE p.ocid = @ocid
                """,
            r => (Title: r.Text(0), Details: r.Text(1), Compiled: r.Text(2), Publisher: r.Text(3), BuyerPartyId: r.Text(4), Arrangement: r.Text(5),
                ArrangementSource: r.Text(6), CallOff: r.Flag(7) ?? false, CallOffSource: r.Text(8), DuplicateOf: r.Text(9), DuplicateReason: r.Text(10)));
        var duplicates = batch.Add("SELECT ocid FROM processes WHERE duplicate_of = @ocid ORDER BY ocid", r => r.GetString(0));
        var regions = batch.Add("SELECT code, source FROM regions WHERE ocid = @ocid ORDER BY code", r => new RegionLine(r.GetString(0), r.Text(1)));
        var benefits = batch.Add("SELECT excerpt, source FROM social_value_texts WHERE ocid = @ocid", r => new RegionLine(r.GetString(0), r.Text(1)));
        var releases = batch.Add("SELECT release_key, date, tags, source FROM releases WHERE ocid = @ocid ORDER BY date, id",
            r => new ReleaseLine(r.GetString(0), r.Stamp(1), r.Text(2), r.Text(3)));
        var notices = batch.Add("SELECT notice_type, document_type, date_published, url FROM notices WHERE ocid = @ocid ORDER BY date_published, document_id",
            r => new NoticeLine(r.Text(0), r.Text(1), r.Stamp(2), r.Text(3)));
        var lots = batch.Add("SELECT lot_id, title, status, value, currency, suitable_for_sme, suitable_for_vcse, reserved_participation FROM lots WHERE ocid = @ocid ORDER BY lot_id",
            r => new LotLine(r.GetString(0), r.Text(1), r.Text(2), r.Real(3), r.Text(4), r.Flag(5), r.Flag(6), r.Text(7)));
        var codes = batch.Add("SELECT scheme, code, description, lot_id FROM classifications WHERE ocid = @ocid ORDER BY lot_id, scheme, code",
            r => new CodeLine(r.GetString(0), r.GetString(1), r.Text(2), r.Text(3)));
        var names = batch.Add("""
                SELECT o.id, o.name FROM organisations o
                WHERE o.id IN (SELECT organisation_id FROM process_parties WHERE ocid = @ocid) AND o.name IS NOT NULL
                """, r => (Id: r.GetString(0), Name: r.GetString(1)));
        // Asked here, in the page's one round trip, so that the page reads delivery figures only where there are some.
        var deliveries = batch.Add("SELECT COUNT(*) FROM delivery_contracts WHERE ocid = @ocid", r => r.GetInt64(0));
        return () =>
        {
            if (heads.Count == 0)
            {
                return null;
            }

            var head = heads[0];
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
                Duplicates = duplicates,
                Regions = regions,
                CommunityBenefits = benefits.FirstOrDefault(),
                ProcurementMethodDetails = head.Details,
                Releases = releases,
                Notices = notices,
                Lots = lots,
                Classifications = codes,
                Names = names.ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal),
                DeliveryContracts = (int)deliveries.Single(),
            };
        };
    }

}

/// <summary>A process page's reads: what it shows beyond the figures, and the process as the figures see it.</summary>
public sealed record ProcessPage(ProcessDetails Details, Core.Analytics.ProcessView View);

/// <summary>One release of a process: its id, date and tags (the process's timeline).</summary>
public sealed record ReleaseLine(string Id, DateTime? Date, string? Tags, string? Source);

/// <summary>A notice document: its UK notice type, date and link.</summary>
public sealed record NoticeLine(string? NoticeType, string? DocumentType, DateTime? Published, string? Url);

public sealed record LotLine(string LotId, string? Title, string? Status, double? Value, string? Currency, bool? SuitableForSme, bool? SuitableForVcse, string? Reserved);

public sealed record CodeLine(string Scheme, string Code, string? Description, string? LotId);

/// <summary>A value with where it was read from (a region's code and source, or an excerpt and its field).</summary>
public sealed record RegionLine(string Value, string? Source);
