using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Tenders;
using Steward.Data.Tenders;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Commissioning;

/// <summary>
/// Commissioning (commissioners: CanDesignTenders): the buyer's designs and goals, starting a design, or importing a
/// design another buyer shared (DESIGN.json).
/// </summary>
public sealed class IndexModel(TenderDesigns designs, BuyerGoals goals, ActingAccount acting) : PageModel
{
    public Acting Current { get; private set; } = null!;

    public IReadOnlyList<StoredDesign> Designs { get; private set; } = [];

    public IReadOnlyList<Goal> Goals { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync().ConfigureAwait(false);

    public async Task<IActionResult> OnPostStartAsync(string? title)
    {
        await LoadAsync().ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(title))
        {
            ModelState.AddModelError("title", "Enter a title for the procurement");
            return Page();
        }

        var blank = new System.Text.Json.Nodes.JsonObject
        {
            ["title"] = title.Trim(),
            ["buyer"] = new System.Text.Json.Nodes.JsonObject { ["socialValueModel"] = "ppn002" },
            ["currency"] = "GBP",
            ["contractType"] = "services",
            ["lots"] = new System.Text.Json.Nodes.JsonArray(),
        };
        return Started(designs.Create(Current.Organisation!.Id, blank.ToJsonString(), Current.Party));
    }

    public async Task<IActionResult> OnPostImportAsync(string? design)
    {
        await LoadAsync().ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(design))
        {
            ModelState.AddModelError("design", "Paste the design's JSON, as another buyer exported it");
            return Page();
        }

        return Started(designs.Create(Current.Organisation!.Id, design, Current.Party), "design");
    }

    private IActionResult Started(Core.Common.Result<StoredDesign> created, string field = "title")
    {
        if (!created.IsSuccess)
        {
            ModelState.AddModelError(field, created.Error!.Message);
            return Page();
        }

        return Redirect($"/commissioning/designs/{created.Value.Id}");
    }

    private async Task LoadAsync()
    {
        Current = (await acting.ForAsync(User).ConfigureAwait(false))!;
        Designs = designs.Of(Current.Organisation!.Id);
        Goals = goals.Of(Current.Organisation!.Id);
    }
}
