using Microsoft.AspNetCore.Mvc;
using Steward.Core.Analytics.Suppliers;
using Steward.Data.Delivery;
using Steward.Data.Portal;
using Steward.Web.Analytics;
using Steward.Web.Delivery;
using Steward.Web.Hosting;
using Steward.Web.Tables;

namespace Steward.Web.Pages.Suppliers;

/// <summary>
/// One supplier, by the organisation it resolves to: published facts, awards and markets, and its delivery record across
/// every buyer that held it to KPIs in Steward (past performance, as PA 2023 intends a later buyer to see it).
/// </summary>
public sealed class ShowModel(ReportCache reports, PortalStore store, PortalTables tables, Steward.Web.Register.RegisterService register, ContractDeliveries deliveries, TimeProvider time)
    : PortalPage(reports)
{
    public OrganisationDetails Organisation { get; private set; } = null!;

    public SupplierFigures? Figures { get; private set; }

    public PortalTable? Markets { get; private set; }

    public PortalTable Awards { get; private set; } = null!;

    /// <summary>The organisations an old id could mean, when it means more than one.</summary>
    public IReadOnlyList<(string Id, string Name)> Candidates { get; private set; } = [];

    /// <summary>The register profile linked to this organisation, if there is one.</summary>
    public Steward.Data.Suppliers.StoredProfile? RegisterProfile { get; private set; }

    /// <summary>Its delivery record (docs/social-value.md); null when no buyer has taken on a contract of its.</summary>
    public DeliveryView? Delivery { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? id)
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        if (string.IsNullOrEmpty(id))
        {
            return NotFound();
        }

        if (OrganisationDetails.Read(store.Target, id) is not { } organisation)
        {
            // An old link: an id merged into another, an id an older Steward gave, or a party id as published.
            var meant = Steward.Data.Organisations.OrganisationLookup.Find(store.Target, id).Organisations;
            if (meant.Count == 1)
            {
                return RedirectPermanent(Links.Supplier(meant[0]));
            }

            if (meant.Count == 0)
            {
                return NotFound();
            }

            Candidates = meant.Select(m => (m, OrganisationDetails.Read(store.Target, m)?.Name ?? m)).ToList();
            Organisation = new OrganisationDetails { Id = id };
            return Page();
        }

        Organisation = organisation;
        Figures = Snapshot.Suppliers.Find(id);
        Markets = Figures is null ? null : PortalTables.SupplierMarkets(Figures);
        Awards = tables.SupplierAwards(id);
        RegisterProfile = register.Find(id);
        Delivery = DeliveryView.Of("Delivery record: social value committed against delivered",
            "Contracts any buyer took on in Steward and held to KPIs, with this organisation as the supplier: its past performance, for any buyer evaluating it later.",
            "supplier-delivery", id, deliveries.ForSupplier(id, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)));
        return Page();
    }
}
