using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Steward.Data.Tenders;
using Steward.Web.Accounts;
using Steward.Web.Commissioning;

namespace Steward.Web.Pages.Commissioning;

/// <summary>
/// One lot of a design (commissioners: CanDesignTenders): what it buys, any reservation, its award criteria with
/// weights, minimum scores and the goals and measures social value serves, the price method and the tie-break.
/// </summary>
public sealed class LotModel(TenderDesigns designs, ActingAccount acting, TimeProvider time) : DesignPage(designs, acting, time)
{
    public int Index { get; private set; }

    public JsonObject Lot { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, int index) => await OpenAsync(id, index).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, int index)
    {
        if (!await OpenAsync(id, index).ConfigureAwait(false))
        {
            return NotFound();
        }

        var design = Json();
        var lot = (JsonObject)design["lots"]![index]!;
        var errors = DesignForm.ApplyLot(lot, Form, FormMany);
        AddErrors(errors);
        if (errors.Count == 0 && Save(design))
        {
            return Back(string.Empty);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, int index)
    {
        if (!await OpenAsync(id, index).ConfigureAwait(false))
        {
            return NotFound();
        }

        var design = Json();
        ((JsonArray)design["lots"]!).RemoveAt(index);
        return Save(design) ? Back(string.Empty) : Page();
    }

    private async Task<bool> OpenAsync(string id, int index)
    {
        if (!await LoadAsync(id).ConfigureAwait(false) || Json()["lots"] is not JsonArray lots || index < 0 || index >= lots.Count)
        {
            return false;
        }

        Index = index;
        Lot = (JsonObject)lots[index]!;
        return true;
    }
}
