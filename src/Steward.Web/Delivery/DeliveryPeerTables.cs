using Steward.Core.SocialValue.Delivery;
using Steward.Data.Delivery;
using Steward.Web.Analytics;
using Steward.Web.Tables;
using static Steward.Web.Tables.ColumnFormat;

namespace Steward.Web.Delivery;

/// <summary>
/// A buyer's delivery beside its peers' (buyers of the same type that hold contracts to KPIs) and by place (the KPIs'
/// region or local authority), as public tables (docs/social-value.md). Figures nothing verified supports are empty,
/// never 0; coverage says how much of each rests on evidence.
/// </summary>
public static class DeliveryPeerTables
{
    public static readonly IReadOnlyList<string> Keys = ["buyer-delivery-peers", "buyer-delivery-places"];

    /// <summary>The buyer and its peers of the same type with delivery figures, best share on track first; null when the buyer holds no contract to KPIs.</summary>
    public static PortalTable? Peers(string buyerId, IReadOnlyList<BuyerRecord> records, ReportSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (records.All(r => r.BuyerId != buyerId))
        {
            return null;
        }

        var type = snapshot.BuyersById.TryGetValue(buyerId, out var own) ? own.BuyerType : null;
        var rows = records.Where(r => r.BuyerId == buyerId || (type is not null && snapshot.BuyersById.TryGetValue(r.BuyerId, out var peer) && peer.BuyerType == type))
            .OrderByDescending(r => r.Delivery.ShareOnTrack ?? -1m).ThenBy(r => r.BuyerId, StringComparer.Ordinal)
            .Select(r => (IReadOnlyList<object?>)[snapshot.BuyersById.TryGetValue(r.BuyerId, out var b) ? b.BuyerName ?? r.BuyerId : r.BuyerId, r.BuyerId == buyerId ? "This buyer" : "Peer",
                r.Delivery.Contracts, r.Delivery.Kpis, (double?)r.Coverage, (double?)r.Delivery.ShareOnTrack, (double?)r.Delivery.ValuePerPound, r.BuyerId]).ToList();
        return new PortalTable("buyer-delivery-peers", $"Beside its peers: {(type is null ? "buyers" : Core.Processes.BuyerKinds.Label(type))} holding contracts to KPIs", [
            new("Buyer", "buyerName", Link: r => Links.Buyer((string)r[7]!)), new("This buyer or a peer", "which"), new("Contracts", "contracts", Number), new("KPIs", "kpis", Number),
            new("Coverage", "coverage", Percent) { Missing = DeliveryTables.NoReports }, new("Share on track", "shareOnTrack", Percent) { Missing = DeliveryTables.NoReports },
            new("Verified value per £ spent", "valuePerPound", Number) { Missing = "Not known" }, new("Buyer id", "buyerId") { DownloadOnly = true }], rows,
            $"?id={Uri.EscapeDataString(buyerId)}");
    }

    /// <summary>The buyer's KPIs grouped by their place; null when it holds no contract to KPIs.</summary>
    public static PortalTable? Places(string buyerId, DeliverySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Contracts.Count == 0 ? null : Grouped("buyer-delivery-places", "By place (the KPIs' region or local authority)", "Place", summary.ByPlace, buyerId);
    }

    private static PortalTable Grouped(string key, string caption, string heading, IReadOnlyList<DeliveryGroup> groups, string id) =>
        new(key, caption, [
            new(heading, "place") { Missing = "None given" }, new("KPIs", "kpis", Number), new("KPIs with verified reports", "kpisAssessed", Number),
            new("KPIs on track", "kpisOnTrack", Number), new("Share on track", "shareOnTrack", Percent) { Missing = DeliveryTables.NoReports },
            new("Verified value delivered", "valueDelivered", Money) { Missing = "Not valued" }],
            [.. groups.Select(g => (IReadOnlyList<object?>)[g.Key, g.Kpis, g.KpisAssessed, g.KpisOnTrack, (double?)g.ShareOnTrack, (double?)g.ValueDelivered])],
            $"?id={Uri.EscapeDataString(id)}");
}
