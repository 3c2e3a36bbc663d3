using Microsoft.AspNetCore.Mvc;
using Steward.Core.Analytics;
using Steward.Core.Analytics.Flags;
using Steward.Data.Delivery;
using Steward.Data.Portal;
using Steward.Web.Analytics;
using Steward.Web.Delivery;
using Steward.Web.Hosting;
using Steward.Web.Tables;

namespace Steward.Web.Pages.Processes;

public sealed class ShowModel(ReportCache reports, PortalStore store, ContractDeliveries deliveries, TimeProvider time) : PortalPage(reports)
{
    public ProcessDetails Details { get; private set; } = null!;

    public ProcessView View { get; private set; } = null!;

    public IReadOnlyList<RedFlag> Flags { get; private set; } = [];

    public PortalTable Awards { get; private set; } = null!;

    /// <summary>Its contracts' KPIs and delivery, where a buyer took one on in Steward (docs/social-value.md); else null.</summary>
    public DeliveryView? Delivery { get; private set; }

    public async Task<IActionResult> OnGetAsync(string ocid)
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        if (await ProcessDetails.ReadPageAsync(store.Target, ocid, HttpContext.RequestAborted).ConfigureAwait(false) is not var (details, view))
        {
            return NotFound();
        }

        Details = details;
        View = view;
        Flags = Snapshot.FlagsByOcid[ocid].ToList();
        Awards = PortalTables.ProcessAwards(view, details.Names);
        // The delivery figures are read (synchronously, through EF) only for the few processes a buyer took on.
        Delivery = details.DeliveryContracts == 0 ? null : DeliveryView.Of("Social value: the contract's KPIs and delivery", "The buyer took this process's contract on in Steward and holds it to KPIs.",
            "process-delivery", ocid, deliveries.ForProcess(ocid, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)));
        return Page();
    }
}
