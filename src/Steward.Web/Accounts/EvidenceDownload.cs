using Microsoft.AspNetCore.Mvc;
using Steward.Data.Suppliers;

namespace Steward.Web.Accounts;

/// <summary>
/// Evidence goes out only as a download: Content-Disposition attachment, a generic content type and the site's
/// nosniff header, so that no uploaded file is ever rendered by the browser as part of Steward.
/// </summary>
public static class EvidenceDownload
{
    public static FileContentResult Of(EvidenceItem item, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new FileContentResult(content, "application/octet-stream") { FileDownloadName = item.FileName };
    }
}
