using Microsoft.AspNetCore.Mvc;
using Steward.Data.Tenders;
using Steward.Web.Accounts;
using Steward.Web.Commissioning;

namespace Steward.Web.Pages.Commissioning;

/// <summary>
/// A lot's published quality scale (commissioners: CanDesignTenders): the top score and what an answer needs to earn
/// each score. Evaluators will score on it; bidders read it with the award criteria.
/// </summary>
public sealed class ScaleModel(TenderDesigns designs, ActingAccount acting, TimeProvider time) : LotPage(designs, acting, time)
{
    public async Task<IActionResult> OnGetAsync(string id, int index) => await OpenLotAsync(id, index).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, int index)
    {
        if (!await OpenLotAsync(id, index).ConfigureAwait(false))
        {
            return NotFound();
        }

        var (design, lot) = Editable();
        var errors = DesignForm.ApplyScale(lot, Form);
        AddErrors(errors);
        return errors.Count == 0 && Save(design) ? BackToLot() : Page();
    }

    /// <summary>Starts from the common 0–5 scale, to edit from there.</summary>
    public async Task<IActionResult> OnPostCommonAsync(string id, int index)
    {
        if (!await OpenLotAsync(id, index).ConfigureAwait(false))
        {
            return NotFound();
        }

        var (design, lot) = Editable();
        lot["scale"] = DesignForm.CommonScale();
        return Save(design) ? Redirect($"/commissioning/designs/{Stored.Id}/lots/{Index}/scale") : Page();
    }
}
