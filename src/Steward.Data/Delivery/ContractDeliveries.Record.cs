using Microsoft.EntityFrameworkCore;
using Steward.Core.SocialValue.Delivery;

namespace Steward.Data.Delivery;

/// <summary>
/// Suppliers' delivery records, public (issue 15 item 5, past performance): a contract's supplier is the published
/// organisation its reporting supplier is linked to by identifier, else the one supplier of the award it was taken on
/// from (ADR 0011: keyed by organisation, never by a publisher's party id).
/// </summary>
public sealed partial class ContractDeliveries
{
    /// <summary>Every contract taken on, by any buyer, whose supplier resolves to the published organisation <paramref name="organisationId"/>.</summary>
    public DeliverySummary ForSupplier(string organisationId, DateOnly asOf) => Summary(asOf, context =>
        [.. PublishedSuppliers(context).Where(p => p.Value == organisationId).Select(p => p.Key)]);

    /// <summary>The market view: every supplier with a contract taken on, with its record over all buyers, best share on track first.</summary>
    public IReadOnlyList<SupplierRecord> SupplierRecords(DateOnly asOf) => StoreWork.Read(target, context =>
    {
        var published = PublishedSuppliers(context);
        var accounts = context.AccountOrganisations.AsNoTracking().Where(o => o.Side == "supplier").ToDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
        var contracts = context.DeliveryContracts.AsNoTracking().Select(c => new { c.Id, c.SupplierOrganisationId }).ToList()
            .Select(c => (c.Id, Key: published.GetValueOrDefault(c.Id) is { } p ? $"o:{p}" : c.SupplierOrganisationId is { } s ? $"a:{s}" : null))
            .Where(c => c.Key is not null).ToList();
        var names = PublishedNames(context, [.. published.Values.OfType<string>().Distinct()]);
        return (IReadOnlyList<SupplierRecord>)[.. contracts.GroupBy(c => c.Key!, StringComparer.Ordinal).Select(group =>
        {
            var deliveries = group.Select(c => Assess(context, Load(context, c.Id)!, asOf).Delivery with { SupplierId = group.Key }).ToList();
            var id = group.Key.StartsWith("o:", StringComparison.Ordinal) ? group.Key[2..] : null;
            var name = id is not null ? names.GetValueOrDefault(id) ?? id : accounts.GetValueOrDefault(group.Key[2..]) ?? "Not named";
            var buyers = deliveries.Select(d => d.BuyerId).Distinct(StringComparer.Ordinal).Count();
            return new SupplierRecord(id, name, buyers, DeliveryRollup.Group(deliveries, DeliveryGrouping.Supplier).Single());
        }).OrderByDescending(r => r.Delivery.ShareOnTrack ?? -1m).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)];
    });

    /// <summary>Each delivery contract's id and the published supplier organisation it resolves to (null when none).</summary>
    private static Dictionary<string, string?> PublishedSuppliers(StewardDbContext context)
    {
        var rows = context.DeliveryContracts.AsNoTracking().Select(c => new { c.Id, c.SupplierOrganisationId, c.Ocid, c.AwardId }).ToList();
        var linked = context.AccountOrganisations.AsNoTracking().Where(o => o.Side == "supplier" && o.OrganisationId != null)
            .Select(o => new { o.Id, o.OrganisationId }).ToDictionary(o => o.Id, o => o.OrganisationId!, StringComparer.Ordinal);
        var ocids = rows.Select(r => r.Ocid).Distinct().ToList();
        var awarded = context.AwardSuppliers.AsNoTracking().Where(a => ocids.Contains(a.Ocid)).Select(a => new { a.Ocid, a.AwardId, a.OrganisationId }).AsEnumerable()
            .GroupBy(a => (a.Ocid, a.AwardId)).ToDictionary(g => g.Key, g => g.Select(a => a.OrganisationId).Distinct(StringComparer.Ordinal).ToList());
        return rows.ToDictionary(r => r.Id, r => r.SupplierOrganisationId is { } s && linked.TryGetValue(s, out var organisation) ? organisation
            : awarded.TryGetValue((r.Ocid, r.AwardId), out var suppliers) && suppliers.Count == 1 ? suppliers[0] : null, StringComparer.Ordinal);
    }

    private static Dictionary<string, string> PublishedNames(StewardDbContext context, List<string> ids) =>
        context.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }).AsEnumerable()
            .Where(o => o.Name is not null).ToDictionary(o => o.Id, o => o.Name!, StringComparer.Ordinal);
}
