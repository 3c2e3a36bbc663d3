using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Data.Bids;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Evaluation.Panels;

/// <summary>What an evaluator's pages share (CanScoreBids): the evaluator acting, and the panel's tender (only a panel they are on).</summary>
public abstract class PanelPage(TenderBoxes boxes, Evaluations evaluations, ActingAccount acting) : PageModel
{
    protected TenderBoxes Boxes { get; } = boxes;

    protected Evaluations Evaluations { get; } = evaluations;

    public Acting Current { get; private set; } = null!;

    public BiddableTender Tender { get; private set; } = null!;

    public string BaseUrl => $"/evaluation/panels/{Tender.DesignId}";

    /// <summary>Loads the tender; false (answer 404) unless the acting evaluator is on its panel.</summary>
    protected async Task<bool> LoadAsync(string id)
    {
        Current = (await acting.ForAsync(User).ConfigureAwait(false))!;
        if (Evaluations.PanelsOf(Current.AccountId).All(p => p.DesignId != id) || Boxes.Tender(id) is not { } tender)
        {
            return false;
        }

        Tender = tender;
        return true;
    }
}
