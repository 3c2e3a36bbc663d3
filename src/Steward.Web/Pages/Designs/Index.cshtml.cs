using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Data.Tenders;

namespace Steward.Web.Pages.Designs;

/// <summary>The public designs library (anyone): published designs by the outcomes their social value serves, each shareable as DESIGN.json.</summary>
public sealed class IndexModel(TenderDesigns designs) : PageModel
{
    public IReadOnlyList<LibraryEntry> Entries { get; private set; } = [];

    public void OnGet() => Entries = designs.Library();
}
