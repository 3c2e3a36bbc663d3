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
public sealed class LotModel(TenderDesigns designs, ActingAccount acting, TimeProvider time) : LotPage(designs, acting, time)
{
    public async Task<IActionResult> OnGetAsync(string id, int index) => await OpenLotAsync(id, index).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, int index)
    {
        if (!await OpenLotAsync(id, index).ConfigureAwait(false))
        {
            return NotFound();
        }

        var (design, lot) = Editable();
        var errors = DesignForm.ApplyLot(lot, Form, FormMany);
        AddErrors(errors);
        if (errors.Count == 0 && Save(design))
        {
            return Next(lot, Form("then"));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, int index)
    {
        if (!await OpenLotAsync(id, index).ConfigureAwait(false))
        {
            return NotFound();
        }

        var design = Json();
        ((JsonArray)design["lots"]!).RemoveAt(index);
        return Save(design) ? Back(string.Empty) : Page();
    }

    /// <summary>
    /// Where a saved lot page goes: back to the design, or on to the button pressed ("then"): the scale, the cost template, or the
    /// sub-criteria of the criterion in that row (found by its id, since blank rows are dropped on saving).
    /// </summary>
    private IActionResult Next(JsonObject lot, string? then)
    {
        if (then == "scale")
        {
            return Back($"/lots/{Index}/scale");
        }

        if (then == "costs")
        {
            return Back($"/lots/{Index}/costs");
        }

        if (then?.StartsWith("sub:", StringComparison.Ordinal) == true && Form($"c{then[4..]}.id")?.Trim() is { Length: > 0 } criterion)
        {
            var position = (lot["criteria"] as JsonArray ?? []).Select((c, i) => (Id: (string?)c?["id"], i)).FirstOrDefault(c => c.Id == criterion).i;
            return Back($"/lots/{Index}/criteria/{position}");
        }

        return Back(string.Empty);
    }
}
