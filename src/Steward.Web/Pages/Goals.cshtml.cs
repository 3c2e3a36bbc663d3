using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Tenders;
using Steward.Data.Tenders;

namespace Steward.Web.Pages;

/// <summary>Every buyer's goals (anyone): what each wants its spending to achieve and the measures it tracks.</summary>
public sealed class GoalsModel(BuyerGoals goals, TenderDesignOptions options) : PageModel
{
    public IReadOnlyList<PublicGoal> Goals { get; private set; } = [];

    public SocialValueModels Models => options.Models;

    public void OnGet() => Goals = goals.All();
}
