using Microsoft.AspNetCore.Html;
using Steward.Web.Analytics;

namespace Steward.Web.Pages;

public sealed class AboutModel(ReportCache reports, IndicatorDocument definitions, Microsoft.Extensions.Options.IOptions<Hosting.PortalOptions> options) : PortalPage(reports)
{
    public IHtmlContent Definitions => definitions.Html;

    /// <summary>The figures count every publisher (<see cref="Hosting.PortalOptions.AllPublishers"/>).</summary>
    public bool AllPublishers => options.Value.AllPublishers;

    public async Task OnGetAsync() => await LoadSnapshotAsync().ConfigureAwait(false);
}
