using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Steward.Core.OpenBook;
using Steward.Data.Tenders;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Commissioning;

/// <summary>
/// A lot's open-book cost template (commissioners: CanDesignTenders): the JSON the register's profit-cap tool reads
/// (docs/open-book.md), pasted or edited here. Bidders then break their price down on it; a template that could not be
/// answered (no required Margin line, no lines) is refused with each problem named, and the design is unchanged.
/// </summary>
public sealed class CostsModel(TenderDesigns designs, ActingAccount acting, TimeProvider time) : LotPage(designs, acting, time)
{
    public async Task<IActionResult> OnGetAsync(string id, int index) => await OpenLotAsync(id, index).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, int index)
    {
        if (!await OpenLotAsync(id, index).ConfigureAwait(false))
        {
            return NotFound();
        }

        var text = Form("template")?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            AddErrors(new Dictionary<string, string>(StringComparer.Ordinal) { ["template"] = "Paste the template's JSON, or remove the template" });
            return Page();
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            AddErrors(new Dictionary<string, string>(StringComparer.Ordinal) { ["template"] = $"The template is not JSON: {e.Message}" });
            return Page();
        }

        using var document = JsonDocument.Parse(text);
        var read = OpenBookJson.ReadTemplate(document.RootElement);
        var problems = read.IsSuccess ? read.Value.Validate().Select(e => e.Message) : [read.Error!.Message];
        if (problems.ToList() is { Count: > 0 } found)
        {
            AddErrors(new Dictionary<string, string>(StringComparer.Ordinal) { ["template"] = $"The template cannot be answered: {string.Join("; ", found)}" });
            return Page();
        }

        var (design, lot) = Editable();
        lot["costTemplate"] = node;
        return Save(design) ? BackToLot() : Page();
    }

    /// <summary>The lot goes back to asking for a price only.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(string id, int index)
    {
        if (!await OpenLotAsync(id, index).ConfigureAwait(false))
        {
            return NotFound();
        }

        var (design, lot) = Editable();
        lot.Remove("costTemplate");
        return Save(design) ? BackToLot() : Page();
    }
}
