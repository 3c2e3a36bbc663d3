using Steward.Core.OpenBook;
using Steward.Web.Analytics;

namespace Steward.Web.Pages.Register;

/// <summary>Profit caps: what the law sets (nothing yet), the CMA's figures as context, and how a buyer sets and checks its own cap.</summary>
public sealed class ProfitCapsModel(ReportCache reports) : PortalPage(reports)
{
    public IReadOnlyList<ProfitCapPolicy> Policies => ProfitCapPolicies.Known;

    public async Task OnGetAsync() => await LoadSnapshotAsync().ConfigureAwait(false);
}
