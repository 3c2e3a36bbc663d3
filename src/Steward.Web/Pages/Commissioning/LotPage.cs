using System.Text.Json.Nodes;
using Steward.Data.Tenders;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Commissioning;

/// <summary>What the pages of one lot share (commissioners: CanDesignTenders): the lot, found by its place in the design.</summary>
public abstract class LotPage(TenderDesigns designs, ActingAccount acting, TimeProvider time) : DesignPage(designs, acting, time)
{
    public int Index { get; private set; }

    public JsonObject Lot { get; private set; } = [];

    /// <summary>Loads the design and its lot <paramref name="index"/>; false (answer 404) when either is not there or not the buyer's.</summary>
    protected async Task<bool> OpenLotAsync(string id, int index)
    {
        if (!await LoadAsync(id).ConfigureAwait(false) || Json()["lots"] is not JsonArray lots || index < 0 || index >= lots.Count)
        {
            return false;
        }

        Index = index;
        Lot = (JsonObject)lots[index]!;
        return true;
    }

    /// <summary>The design to edit and, in it, this lot.</summary>
    protected (JsonObject Design, JsonObject Lot) Editable()
    {
        var design = Json();
        return (design, (JsonObject)design["lots"]![Index]!);
    }

    /// <summary>Back to this lot's page.</summary>
    protected Microsoft.AspNetCore.Mvc.IActionResult BackToLot() => Back($"/lots/{Index}");
}
