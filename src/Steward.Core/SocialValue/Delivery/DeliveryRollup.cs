using System.Globalization;

namespace Steward.Core.SocialValue.Delivery;

/// <summary>Committed against delivered over many contracts' KPIs, grouped by contract, supplier, buyer, goal, outcome or place.</summary>
public static class DeliveryRollup
{
    /// <summary>One row per key, in key order (ordinal), the group without a key last.</summary>
    public static IReadOnlyList<DeliveryGroup> Group(IEnumerable<ContractDelivery> contracts, DeliveryGrouping by)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var list = contracts.ToList();
        var byContract = by is DeliveryGrouping.Contract or DeliveryGrouping.Supplier or DeliveryGrouping.Buyer;
        var rows = byContract
            ? list.GroupBy(c => ContractKey(c, by)).Select(g => (g.Key, Contracts: g.ToList(), Kpis: g.SelectMany(c => c.Kpis.Select(k => (Contract: c, Kpi: k))).ToList()))
            : list.SelectMany(c => c.Kpis.Select(k => (Contract: c, Kpi: k))).GroupBy(x => KpiKey(x.Kpi.Kpi, by))
                .Select(g => (g.Key, Contracts: g.Select(x => x.Contract).Distinct().ToList(), Kpis: g.ToList()));
        return [.. rows.OrderBy(r => r.Key is null).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => Row(r.Key, r.Contracts, r.Kpis, byContract, by))];
    }

    private static DeliveryGroup Row(string? key, List<ContractDelivery> contracts, List<(ContractDelivery Contract, KpiFigures Kpi)> kpis, bool byContract, DeliveryGrouping by)
    {
        var assessed = kpis.Count(k => k.Kpi.OnTrack is not null);
        var onTrack = kpis.Count(k => k.Kpi.OnTrack == true);
        var valued = kpis.Where(k => k.Kpi.Value is not null).ToList();
        var years = valued.Select(k => k.Kpi.Value!.PriceYear).Distinct().Order().ToList();
        string? note = null;
        decimal? value = null;
        if (years.Count > 1)
        {
            note = $"values are in different price years ({string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)))}); re-base them to one with a deflator series";
        }
        else if (valued.Count > 0)
        {
            value = valued.Sum(k => k.Kpi.Value!.Value);
        }

        var withSpend = contracts.Where(c => c.Spend is not null).ToList();
        decimal? spend = null;
        decimal? perPound = null;
        if (!byContract)
        {
            note ??= $"spend is known by contract, not by {by.ToString().ToLowerInvariant()}; value per £ is given by contract, supplier or buyer";
        }
        else if (withSpend.Count > 0)
        {
            spend = withSpend.Sum(c => c.Spend!.Value);
            var paidFor = valued.Where(k => k.Contract.Spend is not null).ToList();
            perPound = years.Count == 1 && paidFor.Count > 0 && spend > 0m ? paidFor.Sum(k => k.Kpi.Value!.Value) / spend : null;
        }

        return new DeliveryGroup(key, contracts.Count, kpis.Count, assessed, onTrack, assessed == 0 ? null : (decimal)onTrack / assessed, valued.Count, value,
            years.Count == 1 ? years[0] : null, withSpend.Count, spend, perPound, note);
    }

    private static string? ContractKey(ContractDelivery contract, DeliveryGrouping by) => by switch
    {
        DeliveryGrouping.Contract => contract.ContractId,
        DeliveryGrouping.Supplier => contract.SupplierId,
        _ => contract.BuyerId,
    };

    private static string? KpiKey(Kpi kpi, DeliveryGrouping by) => by switch
    {
        DeliveryGrouping.Goal => kpi.Goal,
        DeliveryGrouping.Outcome => kpi.Outcome,
        _ => kpi.Place,
    };
}
