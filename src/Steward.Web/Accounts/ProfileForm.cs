using System.Globalization;
using System.Text.Json.Nodes;

namespace Steward.Web.Accounts;

/// <summary>
/// The profile page's questions and the profile JSON fields they set (docs/suppliers.md). Answers left blank remove
/// the field (the fact is unknown, never guessed); fields the form does not ask about are kept as they were.
/// </summary>
public static class ProfileForm
{
    /// <summary>Yes/no questions: (JSON field, question).</summary>
    public static IReadOnlyList<(string Field, string Question)> YesNo { get; } =
    [
        ("socialPurpose", "Do your governing documents state a social, environmental or cultural purpose?"),
        ("assetLock", "Do your governing documents lock your assets for social purposes on dissolution?"),
        ("notForProfit", "Are you run on a not-for-profit basis?"),
        ("distributesOnlyToMembers", "Do you distribute profits only to your members?"),
        ("publicServiceMission", "Do you exist to deliver public services?"),
        ("providesSupportedEmployment", "Do you provide employment or employment support to disabled or disadvantaged people?"),
        ("employeeControlled", "Are you managed and controlled by your employees?"),
        ("publicBodyControlled", "Does a public body own a majority of you or appoint most of your board?"),
    ];

    /// <summary>Numbers: (JSON field, label, hint).</summary>
    public static IReadOnlyList<(string Field, string Label, string Hint)> Numbers { get; } =
    [
        ("dividendCapPercent", "Most of your distributable profit you may pay to owners (%)", "A community interest company's cap is 35"),
        ("employees", "Employees", "People employed now, in the whole organisation"),
        ("fte", "Full-time equivalent staff", "For example 31.5"),
        ("disabledOrDisadvantagedWorkers", "Disabled or disadvantaged workers", "Of your employees"),
    ];

    public static string? Text(JsonObject profile, string field) => profile[field] switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        JsonArray array => string.Join(", ", array.Select(a => a?.GetValue<string>())),
        _ => null,
    };

    /// <summary>"yes", "no" or null for a yes/no field.</summary>
    public static string? Answer(JsonObject profile, string field) =>
        profile[field] is JsonValue value && value.TryGetValue<bool>(out var b) ? (b ? "yes" : "no") : null;

    /// <summary>Sets the form's answers on <paramref name="profile"/>; returns (field, message) for answers that do not read.</summary>
    public static List<(string Field, string Message)> Apply(JsonObject profile, Func<string, string?> posted)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(posted);
        var errors = new List<(string, string)>();
        Set(profile, "name", posted("name")?.Trim());
        Set(profile, "legalForm", posted("legalForm")?.Trim());
        Set(profile, "purpose", posted("purpose")?.Trim());
        foreach (var (field, _) in YesNo)
        {
            profile.Remove(field);
            if (posted(field) is "yes" or "no")
            {
                profile[field] = posted(field) == "yes";
            }
        }

        foreach (var (field, label, _) in Numbers)
        {
            profile.Remove(field);
            var text = posted(field)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number >= 0)
            {
                profile[field] = number;
            }
            else
            {
                errors.Add((field, $"{label} must be a number, like 12 or 31.5"));
            }
        }

        profile.Remove("mainActivityCpv");
        var cpv = (posted("mainActivityCpv") ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);
        if (cpv.Length > 0)
        {
            profile["mainActivityCpv"] = new JsonArray([.. cpv.Select(c => (JsonNode)c)]);
        }

        return errors;
    }

    private static void Set(JsonObject profile, string field, string? value)
    {
        profile.Remove(field);
        if (!string.IsNullOrEmpty(value))
        {
            profile[field] = value;
        }
    }
}
