using Microsoft.AspNetCore.Mvc;
using Steward.Core.Analytics.Markets;
using Steward.Web.Analytics;
using Steward.Web.Tables;

namespace Steward.Web.Pages.Markets;

public sealed class ShowModel(ReportCache reports) : PortalPage(reports)
{
    public string Cpv { get; private set; } = string.Empty;

    public string Region { get; private set; } = string.Empty;

    public IReadOnlyList<MarketFigures> Years { get; private set; } = [];

    public PortalTable Table { get; private set; } = null!;

    /// <summary>The suppliers with the largest shares of this market over all years.</summary>
    public IReadOnlyList<MarketLeader> Leaders { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? cpv, string? region)
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(cpv) || string.IsNullOrWhiteSpace(region))
        {
            return NotFound();
        }

        (Cpv, Region) = (cpv, region);
        Years = Snapshot.Markets.Markets.Where(m => m.Cpv == cpv && m.Region == region).OrderBy(m => m.Year).ToList();
        if (Years.Count == 0)
        {
            return NotFound();
        }

        Table = PortalTables.Markets(Snapshot, cpv, region);
        Leaders = Snapshot.Suppliers.Leaders(cpv, region, 10);
        return Page();
    }
}
