using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Data.Tenders;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Commissioning;

/// <summary>
/// What every page of one design shares: the commissioner acting, the design (only the buyer's own: another
/// buyer's design is "not found"), its review on today's date, and saving the edited JSON with every refusal shown.
/// </summary>
public abstract class DesignPage(TenderDesigns designs, ActingAccount acting, TimeProvider time) : PageModel
{
    protected TenderDesigns Designs { get; } = designs;

    public Acting Current { get; private set; } = null!;

    public DesignReview Review { get; private set; } = null!;

    public StoredDesign Stored => Review.Stored;

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    protected DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Loads the design; false (answer 404) when it is not the acting buyer's.</summary>
    protected async Task<bool> LoadAsync(string id)
    {
        Current = (await acting.ForAsync(User).ConfigureAwait(false))!;
        if (Designs.Review(id, Today) is not { } review || review.Stored.OrganisationId != Current.Organisation?.Id)
        {
            return false;
        }

        Review = review;
        return true;
    }

    protected JsonObject Json() => JsonNode.Parse(Stored.Json)!.AsObject();

    /// <summary>Saves the edited design; on refusal the message goes to the error summary and false is returned.</summary>
    protected bool Save(JsonObject design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var saved = Designs.Save(Stored.Id, Current.Organisation!.Id, design.ToJsonString(), Current.Party);
        if (!saved.IsSuccess)
        {
            ModelState.AddModelError(string.Empty, saved.Error!.Message);
            return false;
        }

        Review = Designs.Review(Stored.Id, Today)!;
        return true;
    }

    protected void AddErrors(IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
    }

    protected string? Form(string field) => Request.Form.TryGetValue(field, out var value) ? value.ToString() : null;

    protected IReadOnlyList<string> FormMany(string field) => Request.Form.TryGetValue(field, out var values) ? [.. values.OfType<string>()] : [];

    protected IActionResult Back(string page) => Redirect($"/commissioning/designs/{Stored.Id}{page}");
}
