using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Data.Bids;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Evaluation.Box;

/// <summary>Evaluation (commissioners: CanRunEvaluation): the buyer's published tenders, each with its tender box's state.</summary>
public sealed class IndexModel(TenderBoxes boxes, ActingAccount acting) : PageModel
{
    public IReadOnlyList<(BiddableTender Tender, BoxStatus Status)> Tenders { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var current = await acting.ForAsync(User).ConfigureAwait(false);
        var organisation = current?.Organisation?.Id;
        Tenders = organisation is null ? [] : [.. boxes.OfBuyer(organisation).Select(t => (t, boxes.Status(t.DesignId, organisation)!))];
    }
}
