using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Steward.Data.Tenders;
using Steward.Web.Accounts;
using Steward.Web.Commissioning;

namespace Steward.Web.Pages.Commissioning;

/// <summary>
/// A criterion's sub-criteria (commissioners: CanDesignTenders): each with its share of the criterion's weight, its
/// top and minimum scores and, under social value, the goals and measures it serves. Bids are scored against them.
/// </summary>
public sealed class SubCriteriaModel(TenderDesigns designs, ActingAccount acting, TimeProvider time) : LotPage(designs, acting, time)
{
    public int Position { get; private set; }

    public JsonObject Criterion { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, int index, int criterion) =>
        await OpenAsync(id, index, criterion).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, int index, int criterion)
    {
        if (!await OpenAsync(id, index, criterion).ConfigureAwait(false))
        {
            return NotFound();
        }

        var (design, lot) = Editable();
        var errors = DesignForm.ApplySubCriteria((JsonObject)lot["criteria"]![criterion]!, Form, FormMany);
        AddErrors(errors);
        return errors.Count == 0 && Save(design) ? BackToLot() : Page();
    }

    private async Task<bool> OpenAsync(string id, int index, int criterion)
    {
        if (!await OpenLotAsync(id, index).ConfigureAwait(false) || Lot["criteria"] is not JsonArray criteria || criterion < 0 || criterion >= criteria.Count)
        {
            return false;
        }

        Position = criterion;
        Criterion = (JsonObject)criteria[criterion]!;
        return true;
    }
}
