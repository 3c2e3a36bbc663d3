using Microsoft.AspNetCore.Mvc;
using Steward.Data.Tenders;
using Steward.Web.Accounts;
using Steward.Web.Commissioning;

namespace Steward.Web.Pages.Commissioning;

/// <summary>About the procurement (commissioners: CanDesignTenders): title, value, CPV, contract type, procedure, tender period and the Social Value Model.</summary>
public sealed class DetailsModel(TenderDesigns designs, ActingAccount acting, TimeProvider time) : DesignPage(designs, acting, time)
{
    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        var design = Json();
        var errors = DesignForm.ApplyDetails(design, Form);
        AddErrors(errors);
        return errors.Count == 0 && Save(design) ? Back(string.Empty) : Page();
    }
}
