using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Web.Analytics;

namespace Steward.Web.Pages;

/// <summary>What every page does first: takes the current figures, and says when the store is synthetic.</summary>
public abstract class PortalPage(ReportCache reports) : PageModel
{
    public ReportSnapshot Snapshot { get; private set; } = null!;

    protected async Task LoadSnapshotAsync()
    {
        Snapshot = await reports.CurrentAsync().ConfigureAwait(false);
        ViewData["Synthetic"] = Snapshot.Overview.SyntheticProcesses > 0;
    }
}
