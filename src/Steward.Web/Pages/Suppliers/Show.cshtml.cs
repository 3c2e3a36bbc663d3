using Microsoft.AspNetCore.Mvc;
using Steward.Core.Analytics.Suppliers;
using Steward.Data.Portal;
using Steward.Web.Analytics;
using Steward.Web.Hosting;
using Steward.Web.Tables;

namespace Steward.Web.Pages.Suppliers;

public sealed class ShowModel(ReportCache reports, PortalStore store, PortalTables tables, Steward.Web.Register.RegisterService register) : PortalPage(reports)
{
    public OrganisationDetails Organisation { get; private set; } = null!;

    public SupplierFigures? Figures { get; private set; }

    public PortalTable? Markets { get; private set; }

    public PortalTable Awards { get; private set; } = null!;

    /// <summary>The register profile linked to this organisation, if there is one.</summary>
    public Steward.Data.Suppliers.StoredProfile? RegisterProfile { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? id)
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        if (id is null || OrganisationDetails.Read(store.Target, id) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        Figures = Snapshot.SuppliersById.GetValueOrDefault(id);
        Markets = PortalTables.SupplierMarkets(Snapshot, id);
        Awards = tables.SupplierAwards(id);
        RegisterProfile = register.Find(id);
        return Page();
    }
}
