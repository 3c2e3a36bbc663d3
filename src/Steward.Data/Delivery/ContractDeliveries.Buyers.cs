using Microsoft.EntityFrameworkCore;
using Steward.Core.SocialValue.Delivery;

namespace Steward.Data.Delivery;

/// <summary>Buyers' delivery figures side by side, for the buyer benchmarks with peers (issue 15 item 5).</summary>
public sealed partial class ContractDeliveries
{
    /// <summary>Every buyer with a contract taken on: committed against delivered over its contracts, keyed by the process's buyer (ADR 0011).</summary>
    public IReadOnlyList<BuyerRecord> BuyerRecords(DateOnly asOf) => StoreWork.Read(target, context =>
    {
        var ids = context.DeliveryContracts.AsNoTracking().Select(c => c.Id).ToList();
        var deliveries = ids.Select(id => Assess(context, Load(context, id)!, asOf).Delivery).ToList();
        return (IReadOnlyList<BuyerRecord>)[.. DeliveryRollup.Group(deliveries, DeliveryGrouping.Buyer).Where(g => g.Key is not null).Select(g => new BuyerRecord(g.Key!, g))];
    });
}
