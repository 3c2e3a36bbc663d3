using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Core.SocialValue.Delivery;
using Steward.Data.Accounts;
using Steward.Data.Entities;

namespace Steward.Data.Delivery;

/// <summary>
/// Social value delivery in the store (docs/social-value.md, "The store"): contracts taken on by a buyer, their KPIs
/// with every version, suppliers' reports and the buyer's decisions on them, performance ratings (PA 2023 s.71), proxy
/// libraries, committed against delivered, and the OCDS releases that publish them. Each concern is a partial file; the
/// rules are Steward.Core.SocialValue's. Every write is one transaction and lands in the audit trail.
/// </summary>
public sealed partial class ContractDeliveries(DatabaseTarget target, TimeProvider time, DeliveryOptions? options = null, Func<Guid>? newId = null)
{
    public const string Code = "DELIVERY_REFUSED";

    private readonly DeliveryOptions _options = options ?? new DeliveryOptions();

    private readonly Func<Guid> _newId = newId ?? (() => Guid.CreateVersion7(time.GetUtcNow()));

    private DateTimeOffset Now => time.GetUtcNow();

    private DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    private string NewId() => _newId().ToString("N");

    private static Error Refused(string message) => new(Code, message);

    /// <summary>The contract, as its buyer or supplier sees it; null when it does not exist.</summary>
    public DeliveryContract? Find(string id) => StoreWork.Read(target, context => Load(context, id));

    /// <summary>The contracts a buyer organisation has taken on, newest first.</summary>
    public IReadOnlyList<DeliveryContract> OfBuyer(string organisationId) => StoreWork.Read(target, context =>
        (IReadOnlyList<DeliveryContract>)[.. context.DeliveryContracts.AsNoTracking().Where(c => c.OrganisationId == organisationId)
            .OrderByDescending(c => c.TakenOnAt).Select(c => c.Id).ToList().Select(id => Load(context, id)!)]);

    /// <summary>The contracts a supplier organisation reports on, newest first.</summary>
    public IReadOnlyList<DeliveryContract> OfSupplier(string organisationId) => StoreWork.Read(target, context =>
        (IReadOnlyList<DeliveryContract>)[.. context.DeliveryContracts.AsNoTracking().Where(c => c.SupplierOrganisationId == organisationId)
            .OrderByDescending(c => c.TakenOnAt).Select(c => c.Id).ToList().Select(id => Load(context, id)!)]);

    /// <summary>Supplier organisations that may be named to report (id and name; organisations, never people).</summary>
    public IReadOnlyList<(string Id, string Name)> Suppliers() => StoreWork.Read(target, context =>
        (IReadOnlyList<(string, string)>)[.. context.AccountOrganisations.AsNoTracking().Where(o => o.Side == "supplier").OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).AsEnumerable().Select(o => (o.Id, o.Name))]);

    private static DeliveryContract? Load(StewardDbContext context, string id)
    {
        var row = context.DeliveryContracts.AsNoTracking().FirstOrDefault(c => c.Id == id);
        if (row is null)
        {
            return null;
        }

        var names = context.AccountOrganisations.AsNoTracking().Where(o => o.Id == row.OrganisationId || o.Id == row.SupplierOrganisationId)
            .Select(o => new { o.Id, o.Name }).ToDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
        var kpis = context.DeliveryKpis.AsNoTracking().Where(k => k.DeliveryContractId == id).AsEnumerable()
            .OrderBy(k => k.CreatedAt).ThenBy(k => k.KpiId, StringComparer.Ordinal).ThenBy(k => k.Version).Select(ToKpi).ToList();
        var files = context.DeliveryFiles.AsNoTracking().Where(f => context.DeliveryReports.Any(r => r.Id == f.ReportId && r.DeliveryContractId == id))
            .Select(f => new { f.ReportId, File = new StoredFile(f.Id, f.FileName, f.ContentType, f.Size) }).AsEnumerable()
            .ToLookup(f => f.ReportId, f => f.File, StringComparer.Ordinal);
        var reports = context.DeliveryReports.AsNoTracking().Where(r => r.DeliveryContractId == id).AsEnumerable()
            .OrderBy(r => r.PeriodStart).ThenBy(r => r.KpiId, StringComparer.Ordinal).ThenBy(r => r.SubmittedAt)
            .Select(r => new StoredReport(r.Id, r.KpiId, r.PeriodStart, r.PeriodEnd, r.Value, r.Unit, r.Narrative, Enum.Parse<ReportStatus>(r.Status),
                r.SubmittedBy, Utc(r.SubmittedAt), r.Corrections, r.DecidedBy, r.DecidedAt is { } at ? Utc(at) : null, r.Reason, [.. files[r.Id]])).ToList();
        var ratings = context.PerformanceRatings.AsNoTracking().Where(r => r.DeliveryContractId == id).AsEnumerable()
            .OrderBy(r => r.PeriodStart).ThenBy(r => r.KpiId, StringComparer.Ordinal)
            .Select(r => new StoredRating(r.Id, r.KpiId, r.PeriodStart, r.PeriodEnd, PerformanceRatings.Parse(r.Rating)!.Value, r.Note, r.RatedBy, Utc(r.RatedAt))).ToList();
        return new DeliveryContract(row.Id, row.OrganisationId, names.GetValueOrDefault(row.OrganisationId, row.OrganisationId), row.Ocid, row.ContractId,
            row.AwardId, row.Title, row.SupplierOrganisationId, row.SupplierOrganisationId is { } s ? names.GetValueOrDefault(s) : null, row.Value, row.Spend,
            row.PeriodStart, row.PeriodEnd, row.Source, kpis, reports, ratings);
    }

    internal static Kpi ToKpi(DeliveryKpiRow k) =>
        new(k.KpiId, k.Measure, k.Unit, k.Target, Enum.Parse<KpiDirection>(k.Direction), k.PeriodStart, k.PeriodEnd, k.Goal, k.Place)
        {
            Outcome = k.Outcome,
            Version = k.Version,
            InForceFrom = k.InForceFrom,
        };

    private static DeliveryKpiRow ToRow(Kpi kpi, string contractId, string id, DateTime at, string? note) => new()
    {
        Id = id,
        DeliveryContractId = contractId,
        KpiId = kpi.Id.Trim(),
        Version = kpi.Version,
        Measure = kpi.Measure.Trim(),
        Unit = kpi.Unit.Trim(),
        Target = kpi.Target,
        Direction = kpi.Direction.ToString(),
        PeriodStart = kpi.PeriodStart,
        PeriodEnd = kpi.PeriodEnd,
        InForceFrom = kpi.InForceFrom,
        Goal = Blank(kpi.Goal),
        Outcome = Blank(kpi.Outcome),
        Place = Blank(kpi.Place),
        Note = note,
        CreatedAt = at,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    internal static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The buyer's own contract for a write, or the refusal (another buyer's is "not found").</summary>
    private static Result<DeliveryContractRow> OwnContract(StewardDbContext context, string id, string organisationId) =>
        context.DeliveryContracts.FirstOrDefault(c => c.Id == id && c.OrganisationId == organisationId) is { } row
            ? Result<DeliveryContractRow>.Success(row)
            : Result<DeliveryContractRow>.Failure(Refused($"no contract \"{id}\" taken on by your organisation"));

    private T Write<T>(ActingParty by, Func<StewardDbContext, T> body)
    {
        ArgumentNullException.ThrowIfNull(by);
        return StoreWork.Write(target, by.Actor, time, body);
    }
}
