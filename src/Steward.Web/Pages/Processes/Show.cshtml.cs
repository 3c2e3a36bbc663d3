using Microsoft.AspNetCore.Mvc;
using Steward.Core.Analytics;
using Steward.Core.Analytics.Flags;
using Steward.Data.Analytics;
using Steward.Data.Portal;
using Steward.Web.Analytics;
using Steward.Web.Hosting;
using Steward.Web.Tables;

namespace Steward.Web.Pages.Processes;

public sealed class ShowModel(ReportCache reports, PortalStore store) : PortalPage(reports)
{
    public ProcessDetails Details { get; private set; } = null!;

    public ProcessView View { get; private set; } = null!;

    public IReadOnlyList<RedFlag> Flags { get; private set; } = [];

    public PortalTable Awards { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string ocid)
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        if (ProcessDetails.Read(store.Target, ocid) is not { } details)
        {
            return NotFound();
        }

        Details = details;
        View = ProcessViewReader.ReadScope(store.Target, ViewParts.All, ProcessScope.Process(ocid)).Single();
        Flags = Snapshot.FlagsByOcid[ocid].ToList();
        Awards = PortalTables.ProcessAwards(View, details.Names);
        return Page();
    }
}
