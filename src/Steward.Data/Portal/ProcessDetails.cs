using System.Text.Json;
using Steward.Data.Analytics;

namespace Steward.Data.Portal;

/// <summary>What a process page shows beyond its <see cref="Core.Analytics.ProcessView"/>: words, releases, notices, lots, codes.</summary>
public sealed record ProcessDetails
{
    public required string Ocid { get; init; }

    public string? Title { get; init; }

    /// <summary><c>tender.description</c> as published: text to be encoded, never markup to be trusted.</summary>
    public string? Description { get; init; }

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
            var head = StoreQuery.List(connection, "SELECT p.title, p.procurement_method_details, r.compiled FROM processes p LEFT JOIN records r ON r.ocid = p.ocid WHERE p.ocid = @ocid",
                key, r => (Title: r.Text(0), Details: r.Text(1), Compiled: r.Text(2))).FirstOrDefault();
            if (head == default)
            {
                return null;
            }

            return new ProcessDetails
            {
                Ocid = ocid,
                Title = head.Title,
                Description = TenderDescription(head.Compiled),
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

    private static string? TenderDescription(string? compiled)
    {
        if (compiled is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(compiled);
        return document.RootElement.TryGetProperty("tender", out var tender) && tender.ValueKind == JsonValueKind.Object &&
               tender.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String
            ? description.GetString()
            : null;
    }
}

/// <summary>One release of a process: its id, date and tags (the process's timeline).</summary>
public sealed record ReleaseLine(string Id, DateTime? Date, string? Tags, string? Source);

/// <summary>A notice document: its UK notice type, date and link.</summary>
public sealed record NoticeLine(string? NoticeType, string? DocumentType, DateTime? Published, string? Url);

public sealed record LotLine(string LotId, string? Title, string? Status, double? Value, string? Currency, bool? SuitableForSme, bool? SuitableForVcse, string? Reserved);

public sealed record CodeLine(string Scheme, string Code, string? Description, string? LotId);
