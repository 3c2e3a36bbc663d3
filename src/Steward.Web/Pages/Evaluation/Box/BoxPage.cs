using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Common;
using Steward.Data.Bids;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Evaluation.Box;

/// <summary>
/// What every page of a buyer's evaluation shares (commissioners: CanRunEvaluation): the commissioner acting, their
/// buyer's tender and its box (another buyer's is "not found"), and refusals shown in the error summary.
/// </summary>
public abstract class BoxPage(TenderBoxes boxes, Evaluations evaluations, ActingAccount acting) : PageModel
{
    protected TenderBoxes Boxes { get; } = boxes;

    protected Evaluations Evaluations { get; } = evaluations;

    public Acting Current { get; private set; } = null!;

    public BiddableTender Tender { get; private set; } = null!;

    public BoxStatus Status { get; private set; } = null!;

    protected string Organisation => Current.Organisation!.Id;

    public string BaseUrl => $"/evaluation/{Tender.DesignId}";

    /// <summary>Loads the tender and its box; false (answer 404) when it is not the acting buyer's.</summary>
    protected async Task<bool> LoadAsync(string id)
    {
        Current = (await acting.ForAsync(User).ConfigureAwait(false))!;
        if (Current.Organisation is null || Boxes.Status(id, Current.Organisation.Id) is not { } status)
        {
            return false;
        }

        Status = status;
        Tender = Boxes.Tender(id)!;
        return true;
    }

    /// <summary>Adds a refusal to the error summary, linked to <paramref name="field"/>.</summary>
    protected void Refused(Error error, string field = "")
    {
        ArgumentNullException.ThrowIfNull(error);
        ModelState.AddModelError(field, error.Message);
    }

    protected string? Form(string field) => Request.Form.TryGetValue(field, out var value) ? value.ToString() : null;

    /// <summary>Back to a page as a fresh GET (post, redirect, get), naming what was done for its banner (<see cref="Done"/>).</summary>
    protected IActionResult Then(string path, string done) => Redirect($"{path}?done={Uri.EscapeDataString(done)}");

    /// <summary>What was just done, from the redirect's <c>done</c>, in words; null when nothing (or an unknown key: never echoed).</summary>
    public string? Done => Request.Query["done"].ToString() is { Length: > 0 } key && Messages.TryGetValue(key, out var text) ? text : null;

    private static readonly Dictionary<string, string> Messages = new(StringComparer.Ordinal)
    {
        ["asked"] = "Your request to open the box is recorded: another person must confirm it.",
        ["opened"] = "The tender box is open. Its opening is in the audit trail.",
        ["settings"] = "The buyer's settings are saved.",
        ["late"] = "The decision on the late bid is recorded.",
        ["panel"] = "The evaluator is on the panel.",
        ["assessment"] = "The conflicts assessment is recorded.",
        ["moderated"] = "The moderated mark is saved.",
        ["alt-asked"] = "The supplier has been asked to explain its price.",
        ["alt-decided"] = "The decision on the price is recorded.",
        ["awarded"] = "The award decision is recorded.",
        ["summaries"] = "The assessment summaries are issued: each bidder can read its own now.",
        ["notice"] = "The contract award notice is published and the standstill has begun.",
        ["contract"] = "The contract is entered into and its contract details notice published.",
    };
}
