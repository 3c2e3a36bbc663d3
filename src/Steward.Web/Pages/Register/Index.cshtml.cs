using Steward.Web.Analytics;
using Steward.Web.Register;
using Steward.Web.Tables;

namespace Steward.Web.Pages.Register;

public sealed class IndexModel(ReportCache reports, RegisterService register) : PortalPage(reports)
{
    public PortalTable Profiles { get; private set; } = null!;

    public PortalTable Mismatches { get; private set; } = null!;

    public PortalTable Shares { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        Profiles = RegisterTables.Profiles(register);
        Mismatches = RegisterTables.Mismatches(register.Mismatches());
        Shares = RegisterTables.Shares(register.Shares());
    }
}
