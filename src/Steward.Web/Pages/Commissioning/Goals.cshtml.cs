using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Tenders;
using Steward.Data.Tenders;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Commissioning;

/// <summary>
/// The buyer's goals (commissioners: CanDesignTenders): a Social Value Model outcome or a local priority, each with
/// an owner, a period, a status and the measures it will track. Goals are public (/goals).
/// </summary>
public sealed class GoalsModel(BuyerGoals goals, TenderDesignOptions options, ActingAccount acting) : PageModel
{
    /// <summary>How many measure rows the form shows.</summary>
    public const int MeasureRows = 4;

    public Acting Current { get; private set; } = null!;

    public IReadOnlyList<Goal> Goals { get; private set; } = [];

    public SocialValueModels Models => options.Models;

    /// <summary>The goal being edited (or null for a new one).</summary>
    public Goal? Editing { get; private set; }

    public string? Saved { get; private set; }

    public async Task OnGetAsync(string? edit)
    {
        await LoadAsync().ConfigureAwait(false);
        Editing = Goals.FirstOrDefault(g => g.Id == edit);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync().ConfigureAwait(false);
        string Field(string name) => Request.Form[name].ToString().Trim();
        var errors = new List<(string Field, string Message)>();
        DateOnly? Day(string name, string label)
        {
            var text = Field(name);
            if (text.Length == 0)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            errors.Add((name, $"{label} must be a real date, written like 2027-03-31"));
            return null;
        }

        var measures = new List<Measure>();
        for (var row = 0; row < MeasureRows; row++)
        {
            var name = Field($"m{row}.name");
            if (name.Length == 0)
            {
                continue;
            }

            var id = Field($"m{row}.id") is { Length: > 0 } given ? given : Slug(name);
            var direction = Enum.TryParse<MeasureDirection>(Field($"m{row}.direction"), ignoreCase: true, out var d) ? d : MeasureDirection.Increase;
            measures.Add(new Measure(id, name, Field($"m{row}.unit"), direction));
        }

        var title = Field("title");
        var goal = new Goal(Field("id") is { Length: > 0 } key ? key : Slug(title), title, Field("description"), Field("outcome") is { Length: > 0 } outcome ? outcome : null,
            null, Day("periodStart", "The period's start"), Day("periodEnd", "The period's end"),
            Enum.TryParse<GoalStatus>(Field("status"), ignoreCase: true, out var status) ? status : GoalStatus.Active, measures);
        Editing = goal;
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }

        if (errors.Count > 0)
        {
            return Page();
        }

        var saved = goals.Save(Current.Organisation!.Id, goal, Current.Party);
        if (!saved.IsSuccess)
        {
            foreach (var problem in saved.Error!.Message.Split("; "))
            {
                var colon = problem.IndexOf(':', StringComparison.Ordinal);
                var field = colon > 0 ? FormField(problem[..colon]) : string.Empty;
                ModelState.AddModelError(field, colon > 0 ? problem[(colon + 1)..].Trim() is var text && text.Length > 0 ? $"{Label(problem[..colon])}: {text}" : problem : problem);
            }

            return Page();
        }

        Saved = $"Goal \"{saved.Value.Title}\" saved. It is public on the goals page.";
        Editing = null;
        Goals = goals.Of(Current.Organisation!.Id);
        return Page();
    }

    /// <summary>An id from a title: lower case, letters and digits, dashes between words (at most 60 characters).</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in (text ?? string.Empty).ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length > 60 ? result[..60].TrimEnd('-') : result;
    }

    /// <summary>The form field a problem's path names: <c>measures[1].unit</c> is <c>m1.unit</c>, <c>period.endDate</c> is <c>periodEnd</c>.</summary>
    private static string FormField(string path) => path switch
    {
        "period.endDate" => "periodEnd",
        _ when path.StartsWith("measures[", StringComparison.Ordinal) => "m" + path["measures[".Length..].Replace("]", string.Empty, StringComparison.Ordinal),
        _ => path,
    };

    private static string Label(string path) => path switch
    {
        "id" => "Goal id",
        "title" => "Title",
        "outcome" => "Outcome",
        "period.endDate" => "The period's end",
        _ when path.StartsWith("measures[", StringComparison.Ordinal) => $"Measure {int.Parse(path["measures[".Length..path.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture) + 1}, {path[(path.IndexOf('.', StringComparison.Ordinal) + 1)..]}",
        _ => path,
    };

    private async Task LoadAsync()
    {
        Current = (await acting.ForAsync(User).ConfigureAwait(false))!;
        Goals = goals.Of(Current.Organisation!.Id);
    }
}
