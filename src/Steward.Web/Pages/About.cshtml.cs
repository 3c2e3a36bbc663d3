using Microsoft.AspNetCore.Html;
using Steward.Web.Analytics;

namespace Steward.Web.Pages;

public sealed class AboutModel(ReportCache reports, IndicatorDocument definitions, Microsoft.Extensions.Options.IOptions<Hosting.PortalOptions> options,
    Steward.Data.Audit.AuditTrail trail) : PortalPage(reports)
{
    /// <summary>The audit trail's last entry (its hash is the head outsiders pin), or null when nothing was recorded yet.</summary>
    public Steward.Core.Audit.AuditEntry? AuditHead { get; private set; }

    public IHtmlContent Definitions => definitions.Html;

    /// <summary>The figures count every publisher (<see cref="Hosting.PortalOptions.AllPublishers"/>).</summary>
    public bool AllPublishers => options.Value.AllPublishers;

    public async Task OnGetAsync()
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        AuditHead = trail.Head();
    }
}
