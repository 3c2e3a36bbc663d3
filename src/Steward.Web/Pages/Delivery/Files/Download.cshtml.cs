using Microsoft.AspNetCore.Mvc;
using Steward.Data.Delivery;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Delivery.Files;

/// <summary>
/// A delivery report's evidence file, as a download (signed in: CanUseAccount; the store answers only the contract's
/// buyer and supplier, anyone else gets "not found"); never served inline, and each download is audited.
/// </summary>
public sealed class DownloadModel(ContractDeliveries deliveries, ActingAccount acting, TimeProvider time) : DeliveryPage(deliveries, acting, time)
{
    public async Task<IActionResult> OnGetAsync(string fileId)
    {
        await LoadActingAsync().ConfigureAwait(false);
        if (Current.Organisation is null || Deliveries.File(fileId, Organisation, Current.Party) is not { } file)
        {
            return NotFound();
        }

        return File(file.Content, file.File.ContentType, file.File.FileName);
    }
}
