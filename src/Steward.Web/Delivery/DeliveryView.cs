using Steward.Data.Delivery;
using Steward.Web.Tables;

namespace Steward.Web.Delivery;

/// <summary>What a public page (buyer, supplier, process) shows of delivery: the summary figures and the KPI table, under its own heading.</summary>
public sealed record DeliveryView(string Heading, string Introduction, DeliverySummary Summary, PortalTable Kpis)
{
    /// <summary>Further tables under the KPIs (a buyer's places and peers).</summary>
    public IReadOnlyList<PortalTable> More { get; init; } = [];

    /// <summary>The view, or null when no contract of the kind was taken on (the page then shows nothing of delivery, or says so).</summary>
    public static DeliveryView? Of(string heading, string introduction, string key, string id, DeliverySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Contracts.Count == 0 ? null : new DeliveryView(heading, introduction, summary, DeliveryTables.Kpis(key, summary, id));
    }
}
