using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Data.Bids;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Evaluation.Panels;

/// <summary>Your panels (evaluators: CanScoreBids): the procurements whose panel you are on.</summary>
public sealed class IndexModel(Evaluations evaluations, ActingAccount acting) : PageModel
{
    public IReadOnlyList<(string DesignId, string Title, string Ocid)> Panels { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var current = await acting.ForAsync(User).ConfigureAwait(false);
        Panels = current is null ? [] : evaluations.PanelsOf(current.AccountId);
    }
}
