using Microsoft.AspNetCore.Mvc;
using Steward.Core.Analytics.Buyers;
using Steward.Web.Analytics;
using Steward.Web.Tables;

namespace Steward.Web.Pages.Buyers;

public sealed class ShowModel(ReportCache reports) : PortalPage(reports)
{
    public BuyerFigures Buyer { get; private set; } = null!;

    public PortalTable Peers { get; private set; } = null!;

    public PortalTable? Years { get; private set; }

    public PortalTable? Markets { get; private set; }

    public PortalTable Flags { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? id)
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        if (id is null || !Snapshot.BuyersById.TryGetValue(id, out var buyer))
        {
            return NotFound();
        }

        Buyer = buyer;
        Peers = PortalTables.BuyerPeers(Snapshot, id)!;
        Years = PortalTables.BuyerYears(Snapshot, id);
        Markets = PortalTables.BuyerMarkets(Snapshot, id);
        Flags = PortalTables.Flags(Snapshot, id, null);
        return Page();
    }
}
