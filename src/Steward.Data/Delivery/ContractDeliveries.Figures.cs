using Microsoft.EntityFrameworkCore;
using Steward.Core.SocialValue.Delivery;
using Steward.Core.SocialValue.Valuation;

namespace Steward.Data.Delivery;

/// <summary>
/// Committed against delivered from the store: Core's <see cref="CommittedVsDelivered"/> per KPI and
/// <see cref="DeliveryRollup"/> over contracts. Only verified reports count; a figure nothing verified supports is null.
/// </summary>
public sealed partial class ContractDeliveries
{
    /// <summary>The contract's figures as of the end of <paramref name="asOf"/>; null when it does not exist.</summary>
    public ContractFigures? Figures(string id, DateOnly asOf) => StoreWork.Read(target, context =>
        Load(context, id) is { } contract ? Assess(context, contract, asOf) : null);

    /// <summary>
    /// Every contract taken on whose process's buyer resolves to the organisation <paramref name="buyerId"/>
    /// (<c>processes.buyer_id</c>, ADR 0011): what the public buyer page shows.
    /// </summary>
    public DeliverySummary ForBuyer(string buyerId, DateOnly asOf) => Summary(asOf, context =>
        context.DeliveryContracts.AsNoTracking().Where(c => context.Processes.Any(p => p.Ocid == c.Ocid && p.BuyerId == buyerId)).Select(c => c.Id).ToList());

    /// <summary>Every contract taken on of the process <paramref name="ocid"/>.</summary>
    public DeliverySummary ForProcess(string ocid, DateOnly asOf) => Summary(asOf, context =>
        context.DeliveryContracts.AsNoTracking().Where(c => c.Ocid == ocid).Select(c => c.Id).ToList());

    /// <summary>Every contract a buyer organisation took on (its own report).</summary>
    public DeliverySummary ForAccountBuyer(string organisationId, DateOnly asOf) => Summary(asOf, context =>
        context.DeliveryContracts.AsNoTracking().Where(c => c.OrganisationId == organisationId).Select(c => c.Id).ToList());

    private DeliverySummary Summary(DateOnly asOf, Func<StewardDbContext, List<string>> ids) => StoreWork.Read(target, context =>
    {
        var figures = ids(context).Select(id => Assess(context, Load(context, id)!, asOf)).OrderBy(f => f.Contract.Title, StringComparer.Ordinal).ToList();
        var deliveries = figures.Select(f => f.Delivery).ToList();
        var total = deliveries.Count == 0 ? null : DeliveryRollup.Group(deliveries.Select(d => d with { BuyerId = "all" }), DeliveryGrouping.Buyer).Single();
        return new DeliverySummary(asOf, figures, total, DeliveryRollup.Group(deliveries, DeliveryGrouping.Goal), DeliveryRollup.Group(deliveries, DeliveryGrouping.Outcome))
        {
            ByPlace = DeliveryRollup.Group(deliveries, DeliveryGrouping.Place),
        };
    });

    private static ContractFigures Assess(StewardDbContext context, DeliveryContract contract, DateOnly asOf)
    {
        var links = context.DeliveryKpis.AsNoTracking().Where(k => k.DeliveryContractId == contract.Id && k.ProxyLibraryId != null)
            .Select(k => new { k.KpiId, k.ProxyLibraryId, k.ProxyValueId }).AsEnumerable()
            .GroupBy(k => k.KpiId).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var reports = contract.Reports.Select(r => new DeliveryReport(r.KpiId, r.PeriodStart, r.PeriodEnd, r.Value, r.Unit, r.Status) { Id = r.Id }).ToList();
        var kpis = contract.KpiIds.Select(kpiId =>
        {
            var proxy = links.TryGetValue(kpiId, out var link) ? Proxy(context, contract.OrganisationId, link.ProxyLibraryId!, link.ProxyValueId!) : null;
            return CommittedVsDelivered.Assess(contract.Versions(kpiId), reports, asOf, proxy);
        }).ToList();
        var supplier = contract.SupplierOrganisationId;
        var buyer = context.Processes.AsNoTracking().Where(p => p.Ocid == contract.Ocid).Select(p => p.BuyerId).FirstOrDefault() ?? contract.OrganisationId;
        return new ContractFigures(contract, kpis, new ContractDelivery(contract.Id, supplier, buyer, contract.Spend, kpis));
    }

    /// <summary>A proxy value from the buyer's own libraries or the one Steward ships; null when neither has it.</summary>
    private static ProxyValue? Proxy(StewardDbContext context, string organisationId, string libraryId, string valueId)
    {
        if (libraryId == ProxyLibraries.GreenBook.Id)
        {
            return ProxyLibraries.GreenBook.Find(valueId);
        }

        var json = context.ProxyLibraries.AsNoTracking().Where(l => l.OrganisationId == organisationId && l.LibraryId == libraryId).Select(l => l.Json).FirstOrDefault();
        return json is null ? null : ProxyLibraryJson.Read(json).Library?.Find(valueId);
    }
}
