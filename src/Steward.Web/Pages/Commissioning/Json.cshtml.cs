using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Steward.Data.Tenders;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Commissioning;

/// <summary>The design as DESIGN.json (commissioners: CanDesignTenders), for the fields the forms do not show: sub-criteria, scales, pass/fail criteria.</summary>
public sealed class JsonModel(TenderDesigns designs, ActingAccount acting, TimeProvider time) : DesignPage(designs, acting, time)
{
    public string Text { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        Text = Json().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string? design)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        Text = design ?? string.Empty;
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(Text);
        }
        catch (System.Text.Json.JsonException exception)
        {
            ModelState.AddModelError("design", $"The design is not valid JSON: line {(exception.LineNumber ?? 0) + 1}, byte {(exception.BytePositionInLine ?? 0) + 1}");
            return Page();
        }

        if (parsed is not JsonObject obj)
        {
            ModelState.AddModelError("design", "The design must be a JSON object, { … }");
            return Page();
        }

        return Save(obj) ? Back(string.Empty) : Page();
    }
}
