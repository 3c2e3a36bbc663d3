using Microsoft.AspNetCore.Mvc;
using Steward.Core.Analytics.Buyers;
using Steward.Data.Delivery;
using Steward.Data.Organisations;
using Steward.Data.Portal;
using Steward.Web.Analytics;
using Steward.Web.Delivery;
using Steward.Web.Hosting;
using Steward.Web.Tables;

namespace Steward.Web.Pages.Buyers;

/// <summary>
/// One buyer, by the organisation it resolves to. An old link (a publisher's party id such as <c>GB-CFS-18525</c>, an
/// id an older Steward gave, an organisation merged into another) is sent on to the buyer it means now, or, where a
/// publisher used one id for several buyers (<c>1</c>, <c>org-7</c>), shows them to choose from.
/// </summary>
public sealed class ShowModel(ReportCache reports, PortalStore store, ContractDeliveries deliveries, TimeProvider time) : PortalPage(reports)
{
    public string Id { get; private set; } = string.Empty;

    /// <summary>Its figures; null for an organisation none of whose processes Steward counts (published outside the UK, or only repeats).</summary>
    public BuyerFigures? Buyer { get; private set; }

    public OrganisationDetails? Organisation { get; private set; }

    /// <summary>The buyers an old id could mean, when it means more than one.</summary>
    public IReadOnlyList<(string Id, string Name)> Candidates { get; private set; } = [];

    public PortalTable? Peers { get; private set; }

    public PortalTable? Years { get; private set; }

    public PortalTable? Markets { get; private set; }

    public PortalTable? Flags { get; private set; }

    /// <summary>Committed against delivered on its contracts taken on in Steward (docs/social-value.md); null when none was.</summary>
    public DeliveryView? Delivery { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? id)
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        if (string.IsNullOrEmpty(id))
        {
            return NotFound();
        }

        Id = id;
        Organisation = OrganisationDetails.Read(store.Target, id);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var summary = deliveries.ForBuyer(id, today);
        Delivery = DeliveryView.Of("Social value: committed against delivered", "Contracts taken on in Steward and held to KPIs.", "buyer-delivery", id, summary) is { } view
            ? view with { More = [.. new[] { DeliveryPeerTables.Places(id, summary), DeliveryPeerTables.Peers(id, deliveries.BuyerRecords(today), Snapshot) }.OfType<PortalTable>()] }
            : null;
        if (Snapshot.BuyersById.TryGetValue(id, out var buyer))
        {
            Buyer = buyer;
            Peers = PortalTables.BuyerPeers(Snapshot, id);
            Years = PortalTables.BuyerYears(Snapshot, id);
            Markets = PortalTables.BuyerMarkets(Snapshot, id);
            Flags = PortalTables.Flags(Snapshot, id, null);
            return Page();
        }

        if (Organisation is not null)
        {
            return Page();
        }

        var meant = OrganisationLookup.Find(store.Target, id).Organisations;
        var buyers = meant.Where(Snapshot.BuyersById.ContainsKey).ToList();
        if (buyers.Count == 1 || (buyers.Count == 0 && meant.Count == 1))
        {
            return RedirectPermanent(Links.Buyer(buyers.Count == 1 ? buyers[0] : meant[0]));
        }

        if (buyers.Count == 0)
        {
            return NotFound();
        }

        Candidates = buyers.Select(b => (b, Snapshot.BuyersById[b].BuyerName ?? b)).OrderBy(c => c.Item2, StringComparer.OrdinalIgnoreCase).ToList();
        return Page();
    }
}
