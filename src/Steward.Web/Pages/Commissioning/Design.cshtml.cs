using Microsoft.AspNetCore.Mvc;
using Steward.Core.Tenders;
using Steward.Data.Tenders;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Commissioning;

/// <summary>A design's task list (commissioners: CanDesignTenders): each part with its state from the checker, adding and removing lots.</summary>
public sealed class DesignModel(TenderDesigns designs, ActingAccount acting, TimeProvider time) : DesignPage(designs, acting, time)
{
    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddLotAsync(string id)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        var design = Json();
        if (design["lots"] is not System.Text.Json.Nodes.JsonArray lots)
        {
            lots = [];
            design["lots"] = lots;
        }

        var number = lots.Count + 1;
        lots.Add(new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["title"] = $"Lot {number}",
            ["criteria"] = new System.Text.Json.Nodes.JsonArray(
                new System.Text.Json.Nodes.JsonObject { ["id"] = "quality", ["title"] = "Quality", ["type"] = "quality", ["weight"] = 50 },
                new System.Text.Json.Nodes.JsonObject { ["id"] = "social-value", ["title"] = "Social value", ["type"] = "socialValue", ["weight"] = 10 },
                new System.Text.Json.Nodes.JsonObject { ["id"] = "price", ["title"] = "Price", ["type"] = "price", ["weight"] = 40 }),
            ["priceMethod"] = new System.Text.Json.Nodes.JsonObject { ["formula"] = "F4" },
            ["tieBreak"] = "higherQuality",
        });
        return Save(design) ? Back($"/lots/{lots.Count - 1}") : Page();
    }

    /// <summary>The state of a part of the design: its findings by JSON path prefix.</summary>
    public (string Text, string Tag) State(Func<string, bool> mine)
    {
        var findings = Review.Findings.Where(f => mine(f.Path)).ToList();
        return findings.Any(f => f.Severity == FindingSeverity.Error) ? ("Needs changes", "govuk-tag--red")
            : findings.Count > 0 ? ("Check warnings", "govuk-tag--yellow")
            : ("Completed", "govuk-tag--green");
    }

    public static bool IsDetails(string path) => !path.StartsWith("lots", StringComparison.Ordinal);

    public static Func<string, bool> IsLot(int index) => path => path.StartsWith($"lots[{index}]", StringComparison.Ordinal);
}
