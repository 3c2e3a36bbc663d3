using Microsoft.AspNetCore.Html;
using Steward.Web.Analytics;

namespace Steward.Web.Pages;

public sealed class AboutModel(ReportCache reports, IndicatorDocument definitions) : PortalPage(reports)
{
    public IHtmlContent Definitions => definitions.Html;

    public async Task OnGetAsync() => await LoadSnapshotAsync().ConfigureAwait(false);
}
